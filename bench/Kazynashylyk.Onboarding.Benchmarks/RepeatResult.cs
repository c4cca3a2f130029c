namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// One measured repeat: its onboardings, wall time and requests, the baseline taken before it, and whether other
/// builds or test runs shared the machine meanwhile.
/// </summary>
internal sealed record RepeatResult(
    IReadOnlyList<OnboardingTiming> Onboardings,
    TimeSpan Elapsed,
    long Requests,
    IReadOnlyList<double> VerificationMilliseconds,
    string OtherWork)
{
    public double OnboardingsPerSecond => Onboardings.Count / Elapsed.TotalSeconds;

    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double TotalSeconds(double percentile) =>
        Percentiles.Of(Onboardings.Select(o => o.Total.TotalSeconds), percentile);

    public double PhaseSeconds(Func<OnboardingTiming, TimeSpan> phase) =>
        Percentiles.Median(Onboardings.Select(o => phase(o).TotalSeconds));

    public double VerificationP50 => Percentiles.Median(VerificationMilliseconds);

    /// <summary>Onboarding p50 over one verification's p50: how many verifications one onboarding lasts.</summary>
    public double Ratio => TotalSeconds(50) * 1000 / VerificationP50;
}
