using System.Text;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Verification;

namespace Kazynashylyk.Pki.Tests.Fuzz;

public sealed class MutationFuzzTests
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("fuzzed document");

    [Theory]
    [InlineData("test-legacy/p12/key_individual_valid_sign_2004.p12", "Qwerty12", 2500, 11)]
    [InlineData("test-2026/legal/valid/head.p12", TestPki.Password2026, 800, 12)]
    public async Task VerifyAsync_MutatedCms_EndsAsReportOrUnusableInput(
        string keyFile,
        string password,
        int rounds,
        int seed
    )
    {
        var (_, cms, _) = await SignerTool.SignAsync(keyFile, password, Document);
        using var engine = TestEngine.Offline(TestPki.Inside2026Validity, "test-2026/nca_gost2022_test.crl");
        var random = new Random(seed);
        var outcomes = new Dictionary<string, int>();

        for (var i = 0; i < rounds; i++)
        {
            var outcome = await OutcomeAsync(engine, Mutate(cms, random));
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        Assert.Equal(rounds, outcomes.Values.Sum());
        Assert.True(outcomes.ContainsKey("unusable"), "some mutations must break the structure");
        Assert.True(
            outcomes.Keys.Any(k => k.StartsWith(Indications.TotalFailed, StringComparison.Ordinal)),
            "some must fail verification"
        );
    }

    [Fact]
    public async Task InspectCertificateAsync_MutatedCertificates_EndAsReportOrUnusableInput()
    {
        var certificate = TestPki.Bytes("test-2026/extracted/legal_valid_head.cer");
        using var engine = TestEngine.Offline(TestPki.Inside2026Validity);
        var random = new Random(13);
        var reports = 0;
        var unusable = 0;

        for (var i = 0; i < 2000; i++)
        {
            try
            {
                await engine.Verifier.InspectCertificateAsync(
                    Mutate(certificate, random),
                    TrustStoreNames.Test,
                    null,
                    TestEngine.OfflineRevocation()
                );
                reports++;
            }
            catch (UnusableInputException)
            {
                unusable++;
            }
        }

        Assert.Equal(2000, reports + unusable);
        Assert.True(unusable > 0 && reports > 0);
    }

    [Fact]
    public async Task VerifyAsync_DeeplyNestedIndefiniteLength_NestingTooDeep()
    {
        var bomb = Enumerable.Repeat(new byte[] { 0x30, 0x80 }, 50_000).SelectMany(b => b).ToArray();
        using var engine = TestEngine.Offline(TestPki.Inside2026Validity);

        var error = await Assert.ThrowsAsync<UnusableInputException>(() =>
            engine.Verifier.VerifyAsync(new VerificationRequest { Cms = bomb, TrustStore = TrustStoreNames.Test })
        );

        Assert.Equal(UnusableInputReason.NestingTooDeep, error.Reason);
    }

    private static async Task<string> OutcomeAsync(PkiEngine engine, byte[] input)
    {
        try
        {
            var report = await engine.Verifier.VerifyAsync(
                new VerificationRequest
                {
                    Cms = input,
                    Content = Document,
                    TrustStore = TrustStoreNames.Test,
                    Revocation = TestEngine.OfflineRevocation(),
                }
            );

            return $"{report.Indication}/{report.SubIndication}";
        }
        catch (UnusableInputException)
        {
            return "unusable";
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0:
                for (var i = random.Next(1, 5); i > 0; i--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 1:
                return bytes[..random.Next(bytes.Length)];
            case 2:
                var at = random.Next(bytes.Length);
                var noise = new byte[random.Next(1, 16)];
                random.NextBytes(noise);
                return [.. bytes[..at], .. noise, .. bytes[at..]];
            default:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
        }
    }
}
