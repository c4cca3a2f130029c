using System.Numerics;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Pki.Revocation;

namespace Kazynashylyk.Pki.Benchmarks;

/// <summary>A generated CRL of the production size (420,000 entries, 20-byte serials): load time and lookups.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class CrlIndexBenchmarks
{
    public const int Entries = 420_000;
    private const int LookupsPerInvoke = 10_000;
    private byte[] crl = null!;
    private CrlIndex index = null!;
    private byte[][] probes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (bytes, issuer) = Generate();
        crl = bytes;
        index = CrlIndex.Parse(crl);
        if (!index.IsSignedBy(issuer))
        {
            throw new InvalidOperationException("The generated CRL does not verify.");
        }

        // Half the probes are listed serials, half random ones, as real traffic is mostly good certificates.
        var random = new Random(7);
        probes = new byte[LookupsPerInvoke][];
        for (var i = 0; i < probes.Length; i++)
        {
            probes[i] = i % 2 == 0 ? Serial(random.Next(Entries)) : RandomNumberGenerator.GetBytes(20);
        }

        var retained = RetainedMegabytes(crl, issuer);
        var megabytes = crl.Length / 1024 / 1024.0;
        Console.WriteLine($"CRL size: {megabytes:F1} MB, {index.Count} entries, retained: {retained:F1} MB");
    }

    [Benchmark]
    public int Load420kEntryCrl() => CrlIndex.Parse(crl).Count;

    [Benchmark(OperationsPerInvoke = LookupsPerInvoke)]
    public int Lookup()
    {
        var found = 0;
        foreach (var probe in probes)
        {
            if (index.TryFind(probe, out _))
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>A 420,000-entry CRL signed by an RSA development CA.</summary>
    public static (byte[] Crl, Kazynashylyk.Pki.Certificates.PkiCertificate Issuer) Generate()
    {
        var now = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
        var pki = DevelopmentPki.Create(KeyFamily.Rsa, "BENCH CRL", now.AddYears(-1));
        var entries = Enumerable
            .Range(0, Entries)
            .Select(i => new DevelopmentCrlBuilder.Entry(Serial(i), now.AddDays(-(i % 700)), i % 3 == 0 ? 4 : null));

        return (
            DevelopmentCrlBuilder.Build(pki.Ca, entries, now.AddHours(-1), now.AddDays(1), new BigInteger(1000)),
            pki.Ca.Certificate
        );
    }

    private static byte[] Serial(int i)
    {
        var serial = SHA256.HashData(BitConverter.GetBytes(i))[..20];
        serial[0] |= 0x10;

        return serial;
    }

    // Measured after the signature check, which releases the CRL bytes: what a process keeps per indexed CRL.
    private static double RetainedMegabytes(byte[] bytes, Kazynashylyk.Pki.Certificates.PkiCertificate issuer)
    {
        var copy = (byte[])bytes.Clone();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(true);
        var kept = CrlIndex.Parse(copy);
        kept.IsSignedBy(issuer);
        copy = null;
        var after = GC.GetTotalMemory(true);
        GC.KeepAlive(kept);

        return (after - before) / 1024.0 / 1024.0;
    }
}
