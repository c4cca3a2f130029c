using System.Diagnostics;
using System.Text;
using Kazynashylyk.Pki.Keys;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// The baseline: one signature verification through the gateway (<c>POST /api/signatures/verify</c>), one at a
/// time on an otherwise idle system, with a CMS by an applicant's development-CA key over a small document.
/// </summary>
internal sealed class VerificationBaseline(GatewayClient gateway, SigningIdentity key, PartySession caller)
{
    /// <summary>Times <paramref name="samples"/> verifications of CMSs signed beforehand, in milliseconds.</summary>
    public async Task<IReadOnlyList<double>> MeasureAsync(int samples, CancellationToken cancellationToken)
    {
        var token = await caller.TokenAsync(cancellationToken);
        var signatures = new List<string>(samples);
        for (var i = 0; i < samples; i++)
        {
            var document = Encoding.UTF8.GetBytes($"{{\"document\":\"baseline\",\"nonce\":\"{Guid.NewGuid():N}\"}}");
            signatures.Add(await DocumentSigner.SignAsync(key, document, cancellationToken));
        }

        var milliseconds = new List<double>(samples);
        foreach (var cms in signatures)
        {
            var started = Stopwatch.GetTimestamp();
            var report = await gateway.PostAsync("/api/signatures/verify", new { cms }, token, cancellationToken);
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (report.GetProperty("indication").GetString() != "TOTAL_PASSED")
            {
                throw new GatewayCallException($"The baseline's signature did not pass verification: {report}");
            }
        }

        return milliseconds;
    }
}
