using System.Text;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.EndToEnd.Tests.Security;
using MassTransit;

namespace Kazynashylyk.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class SignatureBusTests(AppHostFixture fixture) : IAsyncLifetime
{
    private static readonly Uri VerifyQueue = new("queue:verify-signature");

    private IBusControl bus = null!;

    public async Task InitializeAsync()
    {
        var broker = new Uri(await fixture.ConnectionStringAsync("rabbitmq"));
        bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker));
        await bus.StartAsync();
    }

    public Task DisposeAsync() => bus.StopAsync();

    [Fact]
    public async Task VerifySignature_ValidHeadOverTheBus_AnsweredWithTheStoredReport()
    {
        var cms = await TestPki.SignAsync("test-2026/legal/valid/head.p12", Encoding.UTF8.GetBytes("bus"));
        var client = bus.CreateRequestClient<VerifySignature>(VerifyQueue, RequestTimeout.After(s: 60));

        var response = await client.GetResponse<VerificationReport, SignatureRejected>(
            new VerifySignature { VerificationId = Guid.NewGuid(), Cms = cms, TrustStore = "test" });

        Assert.True(response.Is(out Response<VerificationReport>? verified));
        var report = verified!.Message;
        Assert.Equal(ExpectedIndicationNow(), report.Indication);
        Assert.Equal("now", report.ValidationTimeSource);
        Assert.Equal("123456789021", report.Signers[0].Subject?.Bin);
        Assert.Contains("FirstHead", report.Signers[0].Roles);
        using var stored = await fixture.Gateway.GetAsOperatorAsync($"/api/signatures/reports/{report.ReportId}");
        Assert.Equal(System.Net.HttpStatusCode.OK, stored.StatusCode);
    }

    [Fact]
    public async Task VerifySignature_Garbage_AnsweredWithRejection()
    {
        var client = bus.CreateRequestClient<VerifySignature>(VerifyQueue, RequestTimeout.After(s: 60));
        var verificationId = Guid.NewGuid();

        var response = await client.GetResponse<VerificationReport, SignatureRejected>(
            new VerifySignature { VerificationId = verificationId, Cms = "bm90IGEgc2lnbmF0dXJl" });

        Assert.True(response.Is(out Response<SignatureRejected>? rejected));
        Assert.Equal(verificationId, rejected!.Message.VerificationId);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Message.Detail));
    }

    // The bus takes no asserted time: the verdict depends on today's date against the test pack's CRL
    // (next update 2027-02-07) and certificates (valid to 2027-05-07).
    private static string ExpectedIndicationNow() =>
        DateTimeOffset.UtcNow < new DateTimeOffset(2027, 2, 7, 0, 0, 0, TimeSpan.Zero)
            ? Indications.TotalPassed
            : Indications.Indeterminate;
}
