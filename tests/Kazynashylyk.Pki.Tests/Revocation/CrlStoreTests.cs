using System.Numerics;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Pki.Keys;
using Kazynashylyk.Pki.Revocation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kazynashylyk.Pki.Tests.Revocation;

public sealed class CrlStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DevelopmentPki Pki = DevelopmentPki.Create(
        KeyFamily.Gost2015With512BitKey,
        "CRL STORE",
        Now.AddYears(-1)
    );
    private static readonly SigningIdentity Leaf = Pki.IssueLeaf(
        new DevelopmentIdentity
        {
            Surname = "А",
            Name = "Б",
            Iin = "123456789013",
        },
        Now.AddDays(-30),
        Now.AddDays(300)
    );

    [Fact]
    public async Task CheckAsync_DeltaListsCertificate_RevokedFromDelta()
    {
        using var store = Store(Full([], Now.AddDays(1)), Delta([Entry(1)], 10));

        var outcome = await CheckAsync(store);

        Assert.Equal((RevocationStatus.Revoked, 1), (outcome.Answer!.Status, outcome.Answer.ReasonCode));
        Assert.Equal("11", outcome.Answer.CrlNumber);
    }

    [Fact]
    public async Task CheckAsync_DeltaRemovesHold_Good()
    {
        using var store = Store(
            Full([Entry(CrlReasons.CertificateHold)], Now.AddDays(1)),
            Delta([Entry(CrlReasons.RemoveFromCrl)], 10)
        );

        var outcome = await CheckAsync(store);

        Assert.Equal(RevocationStatus.Good, outcome.Answer!.Status);
    }

    [Fact]
    public async Task CheckAsync_DeltaForAnotherBase_IgnoredAndFullUsed()
    {
        using var store = Store(Full([], Now.AddDays(1)), Delta([Entry(1)], 99));

        var outcome = await CheckAsync(store);

        Assert.Equal(RevocationStatus.Good, outcome.Answer!.Status);
        Assert.Equal("10", outcome.Answer.CrlNumber);
    }

    [Fact]
    public async Task CheckAsync_ExpiredCrl_NoAnswer()
    {
        using var store = Store(Full([], Now.AddDays(-1)));

        var outcome = await CheckAsync(store);

        Assert.Null(outcome.Answer);
        Assert.Contains("CRL_EXPIRED", outcome.Warnings);
    }

    [Fact]
    public async Task CheckAsync_CrlOfAnotherCa_NoAnswer()
    {
        var other = DevelopmentPki.Create(KeyFamily.Gost2015With512BitKey, "CRL STORE", Now.AddYears(-1));
        using var store = new CrlStore(null, new ManualClock(Now), NullLogger<CrlStore>.Instance);
        store.Add(CrlIndex.Parse(DevelopmentCrlBuilder.Build(other.Ca, [], Now.AddHours(-1), Now.AddDays(1), 10)));

        var outcome = await CheckAsync(store);

        Assert.Null(outcome.Answer);
        Assert.Contains("CRL_SIGNATURE_INVALID", outcome.Warnings);
    }

    private static DevelopmentCrlBuilder.Entry Entry(int reason)
    {
        return new(Leaf.Certificate.Structure.SerialNumber.Value.ToByteArrayUnsigned(), Now.AddDays(-2), reason);
    }

    private static byte[] Full(DevelopmentCrlBuilder.Entry[] entries, DateTimeOffset nextUpdate)
    {
        return DevelopmentCrlBuilder.Build(Pki.Ca, entries, Now.AddDays(-3), nextUpdate, new BigInteger(10));
    }

    private static byte[] Delta(DevelopmentCrlBuilder.Entry[] entries, int baseNumber)
    {
        return DevelopmentCrlBuilder.Build(
            Pki.Ca,
            entries,
            Now.AddHours(-1),
            Now.AddHours(5),
            new BigInteger(11),
            baseNumber
        );
    }

    private static CrlStore Store(params byte[][] crls)
    {
        var store = new CrlStore(null, new ManualClock(Now), NullLogger<CrlStore>.Instance);
        foreach (var crl in crls)
        {
            store.Add(CrlIndex.Parse(crl));
        }

        return store;
    }

    private static Task<RevocationOutcome> CheckAsync(CrlStore store)
    {
        return store.CheckAsync(Leaf.Certificate, Pki.Ca.Certificate, Now, online: false, CancellationToken.None);
    }
}
