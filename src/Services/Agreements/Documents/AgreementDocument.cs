namespace Kazynashylyk.Agreements.Documents;

/// <summary>
/// The agreement as the parties sign it. Its canonical JSON (<see cref="AgreementDocumentSerializer"/>) is the
/// signed document; the Kazakh and Russian texts are renderings of it.
/// </summary>
public sealed record AgreementDocument
{
    /// <summary>"eds-use" for the agreement on the use of EDS.</summary>
    public required string Kind { get; init; }

    public required string JournalNumber { get; init; }

    public required string Place { get; init; }

    /// <summary>The drafting date, Asia/Almaty.</summary>
    public required DateOnly Date { get; init; }

    public required DocumentTreasury Treasury { get; init; }

    public required DocumentClient Client { get; init; }

    public required DocumentUser User { get; init; }

    /// <summary>The version of the terms the agreement is concluded on (<see cref="AgreementTerms"/>).</summary>
    public required string TermsOfTheAgreement { get; init; }
}
