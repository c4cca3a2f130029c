using System.Numerics;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Pki.Keys;
using Kazynashylyk.Pki.Net;
using Kazynashylyk.Pki.Verification;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kazynashylyk.Pki.Tests.Loopback;

/// <summary>
/// A development PKI (NCA profile) whose OCSP responder, CRLs and TSA answer on loopback, with the behaviour
/// each test chooses. Tests of one class share it and run one after another.
/// </summary>
public sealed class LoopbackPki : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<KeyFamily, DevelopmentPki> pkis = [];
    private readonly Dictionary<KeyFamily, SigningIdentity> leaves = [];
    private readonly LoopbackServer server;

    public LoopbackPki()
    {
        server = new LoopbackServer(HandleAsync);
        foreach (var family in new[] { KeyFamily.Gost2015With512BitKey, KeyFamily.Rsa })
        {
            var pki = DevelopmentPki.Create(
                family,
                $"KAZYNASHYLYK DEV {family}",
                Start.AddYears(-1),
                new Uri(server.BaseUrl, family + "/")
            );
            pkis[family] = pki;
            leaves[family] = pki.IssueLeaf(
                new DevelopmentIdentity
                {
                    Surname = "ДЕВОВ",
                    Name = "ДЕВ",
                    Patronymic = "ДЕВОВИЧ",
                    Iin = "900101300123",
                    Bin = "010140000123",
                    Organization = "ТОО \"ДЕВ\"",
                    RoleOids = [KazakhOids.EkuLegalEntity, KazakhOids.EkuFirstHead],
                },
                Start,
                Start.AddDays(30)
            );
        }
    }

    public OcspScenario Ocsp { get; set; }

    public bool CrlAvailable { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public ManualClock Clock { get; } = new(Start.AddDays(1));

    public Uri TsaUrl(KeyFamily family) => new(server.BaseUrl, family + "/tsp/");

    public DevelopmentPki Pki(KeyFamily family) => pkis[family];

    public SigningIdentity Leaf(KeyFamily family) => leaves[family];

    /// <summary>An online engine whose development store holds both PKIs' CAs.</summary>
    public PkiEngine CreateEngine(HttpClient http)
    {
        var stores = TrustStoreCatalog.CreateStandard(pkis.Values.SelectMany(p => p.CaCertificates));
        var options = new PkiHttpOptions { Timeout = TimeSpan.FromMilliseconds(2500), Retries = 0 };

        return PkiEngine.Create(Clock, stores, new PkiHttpClient(http, options, NullLogger<PkiHttpClient>.Instance));
    }

    public void Dispose() => server.Dispose();

    private async Task<(int Status, byte[] Body)> HandleAsync(string path, byte[] body)
    {
        var family = Enum.Parse<KeyFamily>(path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0]);
        var pki = pkis[family];
        if (path.EndsWith("/tsp/", StringComparison.Ordinal))
        {
            return (200, new DevelopmentTimestampAuthority(pki.Tsa, Clock).Respond(body));
        }

        if (path.Contains("/crl/", StringComparison.Ordinal))
        {
            return CrlAvailable && !path.EndsWith("_d.crl", StringComparison.Ordinal)
                ? (200, Crl(pki, family))
                : (404, []);
        }

        return await OcspAsync(pki, body);
    }

    private async Task<(int Status, byte[] Body)> OcspAsync(DevelopmentPki pki, byte[] request)
    {
        var responder = new DevelopmentOcspResponder(pki.OcspResponder);
        var now = Clock.GetUtcNow();
        switch (Ocsp)
        {
            case OcspScenario.TryLater:
                return (200, DevelopmentOcspResponder.TryLater());
            case OcspScenario.Timeout:
                await Task.Delay(TimeSpan.FromSeconds(6));
                return (200, DevelopmentOcspResponder.TryLater());
            case OcspScenario.BadSignature:
                return (
                    200,
                    responder.Answer(
                        request,
                        _ => (DevelopmentOcspResponder.Status.Good, null, 0),
                        now,
                        corruptSignature: true
                    )
                );
            case OcspScenario.NonceMismatch:
                return (
                    200,
                    responder.Answer(
                        request,
                        _ => (DevelopmentOcspResponder.Status.Good, null, 0),
                        now,
                        nonceOverride: [9, 9, 9, 9]
                    )
                );
            case OcspScenario.UnknownAsNcaSaysIt:
                return (
                    200,
                    responder.Answer(request, _ => (DevelopmentOcspResponder.Status.UnknownAsNcaSaysIt, null, 0), now)
                );
            case OcspScenario.Revoked:
                return (
                    200,
                    responder.Answer(
                        request,
                        _ => (DevelopmentOcspResponder.Status.Revoked, RevokedAt ?? Start, 1),
                        now
                    )
                );
            default:
                return (200, responder.Answer(request, _ => (DevelopmentOcspResponder.Status.Good, null, 0), now));
        }
    }

    private byte[] Crl(DevelopmentPki pki, KeyFamily family)
    {
        var now = Clock.GetUtcNow();
        var revoked = RevokedAt is { } at
            ? new[]
            {
                new DevelopmentCrlBuilder.Entry(
                    leaves[family].Certificate.Structure.SerialNumber.Value.ToByteArrayUnsigned(),
                    at,
                    1
                ),
            }
            : [];

        return DevelopmentCrlBuilder.Build(pki.Ca, revoked, now.AddHours(-1), now.AddDays(1), new BigInteger(7));
    }
}
