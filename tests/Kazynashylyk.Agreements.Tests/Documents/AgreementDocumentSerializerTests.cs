using System.Text;
using Kazynashylyk.Agreements.Documents;

namespace Kazynashylyk.Agreements.Tests.Documents;

public sealed class AgreementDocumentSerializerTests
{
    // Written across lines after member separators only; the lines are joined without any whitespace.
    private static readonly string ExpectedJson = string.Concat("""
        {"client":{"authorityBasis":"Устав","bin":"123456789021","headFullName":"Ахметов Серик Болатович",
        "headPosition":"Аким","legalForm":"ГУ","name":"Аппарат акима \"Алмалинского\" района",
        "treasuryCode":"1234567"},"date":"2026-12-03","journalNumber":"0101-2026-17","kind":"eds-use",
        "place":"Алматы","termsOfTheAgreement":"eds-use/2026-1",
        "treasury":{"authorityBasis":"Положение о департаменте","name":"Департамент казначейства по г. Алматы",
        "signatoryTitle":"Руководитель","unitCode":"0101"},
        "user":{"identityDocument":{"issuedOn":"2020-05-14","issuer":"МВД РК","kind":"id-card","number":"045678912"},
        "iin":"123456789012","login":"aset.n","name":"Асет","patronymic":"Серикович","position":"Главный бухгалтер",
        "role":{"code":"R02","name":"Второй подписант"},"surname":"Нурланов"}}
        """.Split('\n').Select(line => line.Trim()));

    [Fact]
    public void ToCanonicalBytes_SampleAgreement_ExactCanonicalJson()
    {
        var bytes = AgreementDocumentSerializer.ToCanonicalBytes(Samples.Document());

        Assert.Equal(ExpectedJson, Encoding.UTF8.GetString(bytes));
        Assert.Equal(Encoding.UTF8.GetBytes(ExpectedJson), bytes);
    }

    [Fact]
    public void ToCanonicalBytes_DraftedTwice_IdenticalBytes()
    {
        var first = AgreementDocumentSerializer.ToCanonicalBytes(Samples.Document());
        var second = AgreementDocumentSerializer.ToCanonicalBytes(Samples.Document());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Parse_CanonicalBytes_SameDocumentAndSameBytesAgain()
    {
        var bytes = AgreementDocumentSerializer.ToCanonicalBytes(Samples.Document());

        var parsed = AgreementDocumentSerializer.Parse(bytes);

        Assert.Equal("Нурланов Асет Серикович", parsed.User.FullName());
        Assert.Equal(new DateOnly(2020, 5, 14), parsed.User.IdentityDocument.IssuedOn);
        Assert.Equal(bytes, AgreementDocumentSerializer.ToCanonicalBytes(parsed));
    }

    [Fact]
    public void ToCanonicalBytes_NoPatronymicAndNoSeries_MembersLeftOutNotNull()
    {
        var document = Samples.Document() with
        {
            User = Samples.Document().User with { Patronymic = null },
        };

        var json = Encoding.UTF8.GetString(AgreementDocumentSerializer.ToCanonicalBytes(document));

        Assert.DoesNotContain("patronymic", json, StringComparison.Ordinal);
        Assert.DoesNotContain("series", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Sha256Of_SampleBytes_SixtyFourLowerCaseHexDigits()
    {
        var hash = AgreementDocumentSerializer.Sha256Of(Encoding.UTF8.GetBytes(ExpectedJson));

        Assert.Equal(64, hash.Length);
        Assert.Equal(hash.ToLowerInvariant(), hash);
        Assert.Equal(hash, AgreementDocumentSerializer.Sha256Of(Encoding.UTF8.GetBytes(ExpectedJson)));
    }
}
