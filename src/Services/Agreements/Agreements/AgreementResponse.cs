using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Agreements.Documents;
using Kazynashylyk.Agreements.Signing;

namespace Kazynashylyk.Agreements.Agreements;

/// <summary>An agreement as its parties see it: where it stands, who the parties are and who has signed.</summary>
public sealed record AgreementResponse(
    Guid Id,
    string Kind,
    Guid OnboardingId,
    string JournalNumber,
    string State,
    string? Awaiting,
    string Place,
    DateOnly Date,
    AgreementPartiesResponse Parties,
    IReadOnlyList<SignatureResponse> Signatures,
    string DocumentSha256,
    DateTimeOffset CreatedAt,
    DateTimeOffset? InForceFrom,
    DateTimeOffset? CancelledAt,
    string? CancelReason)
{
    public static AgreementResponse From(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var document = AgreementDocumentSerializer.Parse(agreement.Document);
        var signatures = agreement.Signatures
            .OrderBy(s => s.SignedAt)
            .Select(s => new SignatureResponse(s.Party, s.CertificateSerial, s.ReportId, s.SignedAt))
            .ToList();

        return new AgreementResponse(
            agreement.Id,
            agreement.Kind,
            agreement.OnboardingId,
            agreement.JournalNumber,
            agreement.State,
            SigningSequence.AwaitedParty(agreement.State),
            agreement.Place,
            agreement.Date,
            new AgreementPartiesResponse(
                new TreasuryPartyResponse(document.Treasury.UnitCode, document.Treasury.Name),
                new ClientPartyResponse(document.Client.Bin, document.Client.Name, document.Client.HeadFullName),
                new UserPartyResponse(agreement.UserId, document.User.FullName())),
            signatures,
            agreement.DocumentSha256,
            agreement.CreatedAt,
            agreement.InForceFrom,
            agreement.CancelledAt,
            agreement.CancelReason);
    }
}
