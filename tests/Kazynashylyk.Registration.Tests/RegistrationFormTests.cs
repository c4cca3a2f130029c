using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kazynashylyk.Registration.Forms;

namespace Kazynashylyk.Registration.Tests;

public sealed class RegistrationFormTests
{
    [Fact]
    public void Canonicalize_SameContentTwice_SameBytes()
    {
        var first = RegistrationForm.Canonicalize(TestData.FormContent());
        var second = RegistrationForm.Canonicalize(TestData.FormContent());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Canonicalize_Content_StartsWithSortedTopLevelMembersAndHasNoWhitespaceBetweenTokens()
    {
        var json = Encoding.UTF8.GetString(RegistrationForm.Canonicalize(TestData.FormContent()));

        Assert.StartsWith(
            """{"applicationId":"0f8fad5b-d9cb-469f-a165-70867728950e","client":{"bin":"123456789021",""",
            json,
            StringComparison.Ordinal);
        Assert.DoesNotContain("\": ", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Canonicalize_Content_StatesTheTermsAcceptedAndTheUsersIdentity()
    {
        using var document = JsonDocument.Parse(RegistrationForm.Canonicalize(TestData.FormContent()));
        var root = document.RootElement;

        Assert.Equal("registration-form", root.GetProperty("documentType").GetString());
        Assert.Equal("2026-09-01T20:30:00Z", root.GetProperty("submittedAt").GetString());
        Assert.True(root.GetProperty("termsOfUse").GetProperty("accepted").GetBoolean());
        Assert.Equal("2026-1", root.GetProperty("termsOfUse").GetProperty("version").GetString());
        Assert.Equal("123456789012", root.GetProperty("user").GetProperty("iin").GetString());
        Assert.Equal("2020-05-14",
            root.GetProperty("user").GetProperty("identityDocument").GetProperty("issuedOn").GetString());
    }

    [Fact]
    public void Canonicalize_ChangedField_DifferentSha256()
    {
        var original = RegistrationForm.Canonicalize(TestData.FormContent());
        var changed = RegistrationForm.Canonicalize(TestData.FormContent() with { TermsVersion = "2026-2" });

        Assert.NotEqual(RegistrationForm.Sha256Of(original), RegistrationForm.Sha256Of(changed));
    }

    [Fact]
    public void Sha256Of_Bytes_LowerCaseHexOfSha256()
    {
        var bytes = Encoding.UTF8.GetBytes("{}");

        Assert.Equal("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
            RegistrationForm.Sha256Of(bytes));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), RegistrationForm.Sha256Of(bytes));
    }

    [Fact]
    public void Text_BothLanguages_NameTheReferenceTheTermsVersionAndTheLocalDate()
    {
        var content = TestData.FormContent();

        var kazakh = RegistrationFormText.Kazakh(content);
        var russian = RegistrationFormText.Russian(content);

        // 20:30 UTC on 1 September is 01:30 on 2 September in Kazakhstan (UTC+5).
        Assert.Contains("Өтінім: R-2026-000001, 02.09.2026", kazakh, StringComparison.Ordinal);
        Assert.Contains("(нұсқасы 2026-1)", kazakh, StringComparison.Ordinal);
        Assert.Contains("Заявка: R-2026-000001 от 02.09.2026", russian, StringComparison.Ordinal);
        Assert.Contains("(версия 2026-1)", russian, StringComparison.Ordinal);
        Assert.Contains("удостоверение личности № 045123456", russian, StringComparison.Ordinal);
    }
}
