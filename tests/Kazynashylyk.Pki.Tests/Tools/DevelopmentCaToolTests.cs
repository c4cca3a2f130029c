using System.Text;
using System.Text.Json;
using Kazynashylyk.DevelopmentCa;
using Kazynashylyk.Pki.Keys;
using Kazynashylyk.Signer;

namespace Kazynashylyk.Pki.Tests.Tools;

public sealed class DevelopmentCaToolTests : IDisposable
{
    private const string CaPassword = "tool-test-ca";
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("kazynashylyk-devca-tool-");
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero));

    private string CaFolder => Path.Combine(work.FullName, "development-ca");

    [Fact]
    public async Task Init_Twice_CreatesThenReopens()
    {
        var first = await InitAsync();
        var second = await InitAsync();

        Assert.Equal((0, true), (first.Code, first.Json.GetProperty("created").GetBoolean()));
        Assert.Equal((0, false), (second.Code, second.Json.GetProperty("created").GetBoolean()));
    }

    [Fact]
    public async Task Issue_FirstHead_PrintsSerialIinBinAndWritesKeyTheSignerUses()
    {
        var keyFile = Path.Combine(work.FullName, "head.p12");

        var (code, json, _) = await IssueAsync(Arguments(keyFile));

        var identity = Pkcs12Reader.Read(await File.ReadAllBytesAsync(keyFile), "key-password");
        Assert.Equal(0, code);
        Assert.Equal(identity.Certificate.SerialNumberHex, json.GetProperty("serial").GetString());
        Assert.Equal(("880202300456", "050540000782"),
            (json.GetProperty("iin").GetString(), json.GetProperty("bin").GetString()));
        Assert.Equal(0, await SignWithSignerAsync(keyFile));
    }

    [Fact]
    public async Task Issue_BinWithWrongCheckDigit_IssuedWithNote()
    {
        var arguments = Arguments(Path.Combine(work.FullName, "head.p12")) with { Bin = "050540000789" };

        var (code, json, error) = await IssueAsync(arguments);

        Assert.Equal((0, "050540000789"), (code, json.GetProperty("bin").GetString()));
        Assert.Contains("the BIN's check digit is wrong", error, StringComparison.Ordinal);
        Assert.DoesNotContain("IIN", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8802023004", "050540000782", "first-head", "--iin must be 12 digits, not '8802023004'.")]
    [InlineData("880202300456", "05054000078X", "first-head", "--bin must be 12 digits, not '05054000078X'.")]
    [InlineData("880202300456", null, "right-to-sign",
        "--role right-to-sign acts for an organisation: give its --bin.")]
    [InlineData("880202300456", "050540000782", "individual",
        "--role individual certifies a private person: leave out --bin and --org.")]
    [InlineData("880202300456", "050540000782", "chief", "--role must be one of first-head, right-to-sign, "
        + "financial-signer, human-resources, employee, individual, not 'chief'.")]
    public async Task Issue_BadIdentity_BadInputWithReasonAndNoCertificate(
        string iin,
        string? bin,
        string role,
        string reason)
    {
        var arguments = Arguments(Path.Combine(work.FullName, "x.p12")) with { Iin = iin, Bin = bin, Role = role };

        var (code, _, error) = await IssueAsync(arguments);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(CaFolder));
    }

    [Fact]
    public async Task Issue_WrongCaPassword_CaProblemNamingThePassword()
    {
        await InitAsync();

        var (code, _, error) = await IssueAsync(
            Arguments(Path.Combine(work.FullName, "x.p12")) with { CaPassword = "other" });

        Assert.Equal(ExitCodes.CaProblem, code);
        Assert.Contains("password is wrong", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_IssuedSerial_RevokedThenAlreadyRevoked()
    {
        var (_, json, _) = await IssueAsync(Arguments(Path.Combine(work.FullName, "head.p12")));
        var serial = json.GetProperty("serial").GetString()!;

        var first = await RevokeAsync(serial);
        var second = await RevokeAsync(serial.ToLowerInvariant());

        Assert.Equal((0, true), (first.Code, first.Json.GetProperty("revoked").GetBoolean()));
        Assert.Equal((0, false), (second.Code, second.Json.GetProperty("revoked").GetBoolean()));
    }

    [Fact]
    public async Task Revoke_NoCaInFolder_CaProblemSayingRunInit()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await RevokeCommand.RunAsync(CaFolder, CaPassword, "01", output, error, clock);

        Assert.Equal(ExitCodes.CaProblem, code);
        Assert.Contains("run init first", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => work.Delete(true);

    private IssueArguments Arguments(string keyFile) =>
        new()
        {
            Directory = CaFolder,
            CaPassword = CaPassword,
            Surname = "БАСШЫЕВ",
            Name = "БАСШЫ",
            Iin = "880202300456",
            Bin = "050540000782",
            Organization = "ТОО \"ДАМУ\"",
            Role = "first-head",
            Output = new FileInfo(keyFile),
            Password = "key-password",
        };

    private async Task<(int Code, JsonElement Json)> InitAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await InitCommand.RunAsync(CaFolder, CaPassword, output, error, clock);

        return (code, JsonDocument.Parse(output.ToString()).RootElement);
    }

    private async Task<(int Code, JsonElement Json, string Error)> IssueAsync(IssueArguments arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await IssueCommand.RunAsync(arguments, output, error, clock, CancellationToken.None);
        var text = output.ToString();

        return (code, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement, error.ToString());
    }

    private async Task<(int Code, JsonElement Json)> RevokeAsync(string serial)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await RevokeCommand.RunAsync(CaFolder, CaPassword, serial, output, error, clock);

        return (code, JsonDocument.Parse(output.ToString()).RootElement);
    }

    private async Task<int> SignWithSignerAsync(string keyFile)
    {
        var input = Path.Combine(work.FullName, "document.txt");
        await File.WriteAllTextAsync(input, "agreement", Encoding.UTF8);
        using var error = new StringWriter();
        var arguments = new SignArguments(
            new FileInfo(keyFile),
            "key-password",
            new FileInfo(input),
            new FileInfo(Path.Combine(work.FullName, "document.cms")),
            false,
            false,
            null);

        return await SignCommand.RunAsync(arguments, error, clock, CancellationToken.None);
    }
}
