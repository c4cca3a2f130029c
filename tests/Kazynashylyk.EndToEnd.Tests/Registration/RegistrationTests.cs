using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Kazynashylyk.EndToEnd.Tests.Registration;

[Collection(AppHostCollection.Name)]
public sealed class RegistrationTests(AppHostFixture fixture)
{
    private readonly RegistrationClient client = new(fixture.Gateway);

    [Fact]
    public async Task Submit_ValidRegistration_Created201WithTheFormToSign()
    {
        var login = RegistrationClient.UniqueLogin();

        using var response = await client.SubmitAsync(RegistrationClient.Body(login));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var applicationId = body.GetProperty("applicationId").GetGuid();
        Assert.Equal($"/api/registration/registrations/{applicationId}", response.Headers.Location?.OriginalString);
        Assert.Equal("awaiting-form-signature", body.GetProperty("status").GetString());
        Assert.Matches(@"^R-\d{4}-\d{6}$", body.GetProperty("reference").GetString());
        var form = RegistrationClient.FormBytesOf(body);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(form)),
            body.GetProperty("form").GetProperty("sha256").GetString());
        Assert.Contains($"Логин: {login};", body.GetProperty("form").GetProperty("text").GetProperty("ru").GetString(),
            StringComparison.Ordinal);
        Assert.Equal(form, await fixture.Gateway.GetByteArrayAsync(
            $"/api/registration/registrations/{applicationId}/form"));
        var status = await fixture.Gateway.GetFromJsonAsync<JsonElement>(
            $"/api/registration/registrations/{applicationId}");
        Assert.Equal("awaiting-form-signature", status.GetProperty("status").GetString());
        Assert.Equal("pending", status.GetProperty("userStatus").GetString());
    }

    [Fact]
    public async Task SignForm_UsersKeyDetached_FormVerified()
    {
        var registration = await client.RegisterAsync(RegistrationClient.Body(RegistrationClient.UniqueLogin()));
        var applicationId = registration.GetProperty("applicationId").GetGuid();
        var cms = await TestPki.SignAsync(
            RegistrationClient.UserKey, RegistrationClient.FormBytesOf(registration), detached: true);

        using var response = await client.SignFormAsync(applicationId, cms);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("form-verified", body.GetProperty("status").GetString());
        Assert.NotEqual(Guid.Empty, body.GetProperty("reportId").GetGuid());
        var status = await fixture.Gateway.GetFromJsonAsync<JsonElement>(
            $"/api/registration/registrations/{applicationId}");
        Assert.Equal("form-verified", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SignForm_SecondTimeAfterAcceptance_409()
    {
        var registration = await client.RegisterAsync(RegistrationClient.Body(RegistrationClient.UniqueLogin()));
        var applicationId = registration.GetProperty("applicationId").GetGuid();
        var cms = await TestPki.SignAsync(RegistrationClient.UserKey, RegistrationClient.FormBytesOf(registration));
        using var first = await client.SignFormAsync(applicationId, cms);

        using var second = await client.SignFormAsync(applicationId, cms);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task SignForm_HeadsKey_403SignerNotUser()
    {
        var registration = await client.RegisterAsync(RegistrationClient.Body(RegistrationClient.UniqueLogin()));
        var applicationId = registration.GetProperty("applicationId").GetGuid();
        var cms = await TestPki.SignAsync(RegistrationClient.HeadKey, RegistrationClient.FormBytesOf(registration));

        using var response = await client.SignFormAsync(applicationId, cms);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("signer-not-user", body.GetProperty("reason").GetString());
        var status = await fixture.Gateway.GetFromJsonAsync<JsonElement>(
            $"/api/registration/registrations/{applicationId}");
        Assert.Equal("awaiting-form-signature", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SignForm_RoleTheCertificateDoesNotQualifyFor_403CertificateNotQualified()
    {
        var body = RegistrationClient.Body(RegistrationClient.UniqueLogin(), roleCode: "first-head");
        var registration = await client.RegisterAsync(body);
        var applicationId = registration.GetProperty("applicationId").GetGuid();
        var cms = await TestPki.SignAsync(RegistrationClient.UserKey, RegistrationClient.FormBytesOf(registration));

        using var response = await client.SignFormAsync(applicationId, cms);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("certificate-not-qualified", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task SignForm_OtherContent_400AndNothingChanges()
    {
        var registration = await client.RegisterAsync(RegistrationClient.Body(RegistrationClient.UniqueLogin()));
        var applicationId = registration.GetProperty("applicationId").GetGuid();
        var cms = await TestPki.SignAsync(RegistrationClient.UserKey, "not the form"u8.ToArray());

        using var response = await client.SignFormAsync(applicationId, cms);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("bm90IGEgc2lnbmF0dXJl")]
    [InlineData("%%% not base64 %%%")]
    [InlineData("-----BEGIN CMS-----\nAAAA\n-----END CMS-----")]
    public async Task SignForm_GarbageCms_400Not500(string cms)
    {
        var registration = await client.RegisterAsync(RegistrationClient.Body(RegistrationClient.UniqueLogin()));

        using var response = await client.SignFormAsync(registration.GetProperty("applicationId").GetGuid(), cms);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity,
            $"Expected 400 or 422, got {(int)response.StatusCode}.");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SignForm_UnknownRegistration_404()
    {
        using var response = await client.SignFormAsync(Guid.NewGuid(), "bm90IGEgc2lnbmF0dXJl");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Submit_LoginTaken_409()
    {
        var login = RegistrationClient.UniqueLogin();
        await client.RegisterAsync(RegistrationClient.Body(login));

        using var response = await client.SubmitAsync(RegistrationClient.Body(login, iin: "990101300123"));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("The login is taken.", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Submit_SameIinTwiceForOneClient_409()
    {
        var bin = RegistrationClient.UniqueBin();
        var code = RegistrationClient.UniqueTreasuryCode();
        await client.RegisterAsync(RegistrationClient.Body(RegistrationClient.UniqueLogin(), bin: bin,
            treasuryCode: code));

        using var response = await client.SubmitAsync(RegistrationClient.Body(
            RegistrationClient.UniqueLogin(), bin: bin, treasuryCode: code));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Submit_KnownBinUnderAnotherTreasuryCode_409()
    {
        var bin = RegistrationClient.UniqueBin();
        await client.RegisterAsync(RegistrationClient.Body(RegistrationClient.UniqueLogin(), bin: bin));

        using var response = await client.SubmitAsync(RegistrationClient.Body(
            RegistrationClient.UniqueLogin(), iin: "990101300123", bin: bin));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Submit_OldTermsVersion_409NamingTheCurrentOne()
    {
        using var response = await client.SubmitAsync(
            RegistrationClient.Body(RegistrationClient.UniqueLogin(), termsVersion: "2025-1"));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("2026-1", body.GetProperty("currentVersion").GetString());
    }

    [Fact]
    public async Task Submit_BadFieldsAndUnknownRole_400NamingEachField()
    {
        using var bad = await client.SubmitAsync(
            RegistrationClient.Body("1-bad login", iin: "12345", bin: "abc"));
        using var unknownRole = await client.SubmitAsync(
            RegistrationClient.Body(RegistrationClient.UniqueLogin(), roleCode: "janitor"));
        var badErrors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var roleErrors = (await unknownRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(
            ["client.bin", "user.iin", "user.login"],
            badErrors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.StatusCode);
        Assert.True(roleErrors.TryGetProperty("roleCode", out _));
    }

    [Fact]
    public async Task Submit_MalformedJson_400()
    {
        using var content = new StringContent("{\"client\": [", System.Text.Encoding.UTF8, "application/json");

        using var response = await fixture.Gateway.PostAsync("/api/registration/registrations", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Reference_RolesAndUnits_SeededDataWithoutOperators()
    {
        var roles = await fixture.Gateway.GetFromJsonAsync<JsonElement>("/api/registration/reference/roles");
        var units = await fixture.Gateway.GetStringAsync("/api/registration/reference/territorial-units");

        Assert.Equal(
            ["chief-accountant", "first-head", "preparer"],
            roles.EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Contains("\"code\":\"1001\"", units, StringComparison.Ordinal);
        Assert.DoesNotContain("900101300011", units, StringComparison.Ordinal);
        Assert.DoesNotContain("operator", units, StringComparison.OrdinalIgnoreCase);
    }
}
