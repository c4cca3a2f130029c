using System.Globalization;
using System.Text;

namespace Kazynashylyk.Agreements.Documents;

/// <summary>
/// Renders an agreement document as plain text in Kazakh or Russian: heading, number, place, date, the parties
/// with their bases of authority, the user's identity document, the subject and the essential terms.
/// </summary>
public static class AgreementTextRenderer
{
    /// <summary>The languages a rendering exists in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["kk", "ru"];

    /// <summary>The wording for a language code, or null when there is no rendering in it.</summary>
    public static AgreementWording? WordingFor(string? language) => language switch
    {
        "kk" => AgreementWording.Kazakh,
        "ru" => AgreementWording.Russian,
        _ => null,
    };

    public static string Render(AgreementDocument document, string documentSha256, AgreementWording wording)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(wording);
        var text = new StringBuilder();
        foreach (var line in wording.Heading)
        {
            text.Append(line).Append('\n');
        }

        text.Append("№ ").Append(document.JournalNumber).Append("\n\n");
        text.Append(wording.PlaceLabel).Append(": ").Append(document.Place).Append('\n');
        text.Append(wording.DateLabel).Append(": ").Append(Format(document.Date)).Append("\n\n");

        text.Append(wording.PartiesHeading).Append(":\n");
        text.Append("1. ").Append(Treasury(document.Treasury, wording)).Append('\n');
        text.Append("2. ").Append(Client(document.Client, wording)).Append('\n');
        text.Append("3. ").Append(User(document.User, wording)).Append("\n\n");

        var role = document.User.Role;
        text.Append(Fill(wording.Subject, document.User.Login, role.Name, role.Code)).Append("\n\n");

        text.Append(wording.TermsHeading).Append(":\n");
        for (var i = 0; i < wording.Terms.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. ").Append(wording.Terms[i]).Append('\n');
        }

        text.Append('\n').Append(Fill(wording.TermsVersion, document.TermsOfTheAgreement)).Append('\n');
        text.Append(Fill(wording.Rendering, documentSha256)).Append('\n');
        text.Append(wording.Signatures).Append('\n');

        return text.ToString();
    }

    private static string Treasury(DocumentTreasury treasury, AgreementWording w) =>
        $"{w.TreasuryLabel}: {treasury.Name} ({w.UnitCodeLabel} {treasury.UnitCode}); "
        + $"{w.SignatoryLabel}: {treasury.SignatoryTitle}; {w.BasisLabel}: {treasury.AuthorityBasis}.";

    private static string Client(DocumentClient client, AgreementWording w) =>
        $"{w.ClientLabel}: {client.Name}, {client.LegalForm}, {w.BinLabel} {client.Bin}, "
        + $"{w.TreasuryCodeLabel} {client.TreasuryCode}; {w.SignatoryLabel}: {client.HeadPosition} "
        + $"{client.HeadFullName}; {w.BasisLabel}: {client.AuthorityBasis}.";

    private static string User(DocumentUser user, AgreementWording w)
    {
        var identity = user.IdentityDocument;
        var kind = identity.Kind switch
        {
            "id-card" => w.IdCard,
            "passport" => w.Passport,
            _ => identity.Kind,
        };
        var series = identity.Series is { Length: > 0 } s ? $" {w.SeriesLabel} {s}" : string.Empty;

        return $"{w.UserLabel}: {user.FullName()}, {user.Position}, {w.IinLabel} {user.Iin}; "
            + $"{w.IdentityDocumentLabel}: {kind}{series} № {identity.Number}, {w.IssuedLabel}: {identity.Issuer}, "
            + $"{Format(identity.IssuedOn)}.";
    }

    private static string Format(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Fill(string format, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, format, values);
}
