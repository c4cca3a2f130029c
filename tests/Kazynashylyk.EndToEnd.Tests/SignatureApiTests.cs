using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kazynashylyk.EndToEnd.Tests.Security;

namespace Kazynashylyk.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class SignatureApiTests(AppHostFixture fixture)
{
    private static readonly byte[] Document =
        Encoding.UTF8.GetBytes("{\"agreement\":\"EDS use\",\"journal\":\"0101-2026-1\"}");

    [Fact]
    public async Task Verify_EmployeeWithRightToSign_PassesWithTheMirroredCrlAndIsStored()
    {
        var cms = await TestPki.SignAsync("test-2026/legal/valid/employee_signright.p12", Document);

        var report = await VerifyAsync(new { cms, trustStore = "test", forensic = new { at = TestPki.PinnedTime } });
        using var storedResponse = await fixture.Gateway.GetAsOperatorAsync(
            $"/api/signatures/reports/{report.GetProperty("reportId").GetString()}");
        var stored = await storedResponse.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True("TOTAL_PASSED" == report.GetProperty("indication").GetString(), report.ToString());
        Assert.Equal("asserted", report.GetProperty("validationTimeSource").GetString());
        var signer = report.GetProperty("signers")[0];
        Assert.Equal("123456789012", signer.GetProperty("subject").GetProperty("iin").GetString());
        Assert.Equal("123456789021", signer.GetProperty("subject").GetProperty("bin").GetString());
        Assert.Contains("RightToSign", signer.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("crl", signer.GetProperty("revocation").GetProperty("source").GetString());
        Assert.Equal("good", signer.GetProperty("revocation").GetProperty("status").GetString());
        Assert.Equal("TOTAL_PASSED", stored.GetProperty("indication").GetString());
    }

    [Fact]
    public async Task Verify_RevokedHeadDetached_IndeterminateRevokedNoPoe()
    {
        var cms = await TestPki.SignAsync("test-2026/legal/revoked/head.p12", Document, detached: true);

        var report = await VerifyAsync(new
        {
            cms,
            content = Convert.ToBase64String(Document),
            trustStore = "test",
            forensic = new { at = TestPki.PinnedTime },
        });

        Assert.Equal("INDETERMINATE", report.GetProperty("indication").GetString());
        Assert.Equal("REVOKED_NO_POE", report.GetProperty("subIndication").GetString());
        var revocation = report.GetProperty("signers")[0].GetProperty("revocation");
        Assert.Equal("revoked", revocation.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Verify_Garbage_Returns400ProblemNamingTheProblem()
    {
        using var response = await fixture.Gateway.PostAsJsonAsync(
            "/api/signatures/verify", new { cms = Convert.ToBase64String(Encoding.UTF8.GetBytes("not a signature")) });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The signature cannot be verified.", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Verify_DetachedWithoutContent_Returns400ContentMissing()
    {
        var cms = await TestPki.SignAsync("test-2026/legal/valid/head.p12", Document, detached: true);

        using var response = await fixture.Gateway.PostAsJsonAsync(
            "/api/signatures/verify", new { cms, trustStore = "test" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ContentMissing", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Verify_NoCmsAndBadContent_Returns400WithFieldErrors()
    {
        using var response = await fixture.Gateway.PostAsJsonAsync(
            "/api/signatures/verify", new { content = "%%%", trustStore = "moon" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.Equal(
            ["cms", "content", "trustStore"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Verify_BodyOverTheLimit_Returns413Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/signatures/verify")
        {
            Content = new StringContent(
                "{\"cms\":\"" + new string('A', 17 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;

        using var response = await fixture.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Report_UnknownId_Returns404Problem()
    {
        using var response = await fixture.Gateway.GetAsOperatorAsync($"/api/signatures/reports/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Report_ReadByClientUser_Returns403Problem()
    {
        var cms = await TestPki.SignAsync("test-2026/legal/valid/employee_signright.p12", Document);
        var report = await VerifyAsync(new { cms, trustStore = "test", forensic = new { at = TestPki.PinnedTime } });

        using var response = await fixture.Gateway.GetAsync(
            $"/api/signatures/reports/{report.GetProperty("reportId").GetString()}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Inspect_HeadCertificate_DecodesFirstHeadAndBin()
    {
        var der = await File.ReadAllBytesAsync(TestPki.PathOf("test-2026/extracted/legal_valid_head.cer"));

        using var response = await fixture.Gateway.PostAsJsonAsync(
            "/api/signatures/certificates/inspect",
            new
            {
                certificate = Convert.ToBase64String(der),
                trustStore = "test",
                forensic = new { at = TestPki.PinnedTime },
            });
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TOTAL_PASSED", report.GetProperty("indication").GetString());
        Assert.Equal("123456789021", report.GetProperty("subject").GetProperty("bin").GetString());
        Assert.Contains("FirstHead", report.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    private async Task<JsonElement> VerifyAsync(object body)
    {
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/signatures/verify", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
