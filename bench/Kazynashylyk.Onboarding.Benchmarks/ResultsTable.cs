using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>The run as Markdown: what was measured and how, one row per repeat and the medians.</summary>
internal static class ResultsTable
{
    private const string Header =
        "| repeat | onboardings/s | p50 s | p95 s | submit + form p50 s | drafting wait p50 s | signatures p50 s "
        + "| activation wait p50 s | verify p50 ms | onboarding p50 / verify p50 | gateway requests/s "
        + "| other builds/tests |\n"
        + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";

    private static readonly string[] Formats = ["F2", "F2", "F2", "F2", "F2", "F2", "F2", "F1", "F0", "F1"];

    public static string Build(
        BenchmarkOptions options,
        string system,
        IReadOnlyList<RepeatResult> repeats,
        int partyLogins)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # Onboarding benchmark

            Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores
            ({RuntimeInformation.OSDescription}, .NET {Environment.Version}) against {system}:
            {options.Count} onboardings per repeat at concurrency {options.Concurrency}, {options.Repeats} repeats,
            after {options.WarmUp} warm-up onboardings that are not counted.


            """);
        text.Append(Header);
        var columns = repeats.Select(Columns).ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            Row(text, (i + 1).ToString(CultureInfo.InvariantCulture), columns[i], repeats[i].OtherWork);
        }

        var medians = Enumerable.Range(0, Formats.Length)
            .Select(c => Percentiles.Median(columns.Select(row => row[c])))
            .ToArray();
        var disturbed = repeats.Count(r => r.OtherWork != "none");
        Row(text, "**median**", medians, $"in {disturbed} of {repeats.Count} repeats");
        text.Append(CultureInfo.InvariantCulture, $"""

            - One onboarding: the registration posted and its form signed; the wait until the registration names its
              agreement; the user's EDS login and the user's, head's and operator's signatures (each: document read,
              CMS, post); the wait until the user is active. p50 and p95 are of submission to activation; each
              phase column is that phase's own p50, so they need not add up to the total's.
            - The head and the operator logged in {partyLogins} times each in the whole run: once before each repeat
              and in the warm-up, their tokens (15-minute lifetime) reused by every onboarding. Each user logs in
              once, inside the signatures phase.
            - The waits read the registration every {options.PollInterval.TotalMilliseconds:F0} ms, so they are
              resolved to about that.
            - Baseline: {options.BaselineSamples} signature verifications (`POST /api/signatures/verify`, a
              development-CA GOST 2015 key, a 60-byte document), one at a time before each repeat's onboardings,
              5 s after the previous repeat's last activation.
            - The gateway accepts 600 requests per 10 s from one client address by default; the last column is this
              harness's average rate, all from one address.
            - Other builds/tests: whether a `dotnet build` or `dotnet test` of anything else ran on the machine during
              the repeat (sampled every 2 s); with 2 cores such a repeat's figures are skewed.

            """);

        return text.ToString();
    }

    private static double[] Columns(RepeatResult r) =>
    [
        r.OnboardingsPerSecond,
        r.TotalSeconds(50),
        r.TotalSeconds(95),
        r.PhaseSeconds(o => o.SubmitAndForm),
        r.PhaseSeconds(o => o.DraftingWait),
        r.PhaseSeconds(o => o.Signatures),
        r.PhaseSeconds(o => o.ActivationWait),
        r.VerificationP50,
        r.Ratio,
        r.RequestsPerSecond,
    ];

    private static void Row(StringBuilder text, string label, double[] values, string otherWork)
    {
        var cells = values.Select((v, i) => v.ToString(Formats[i], CultureInfo.InvariantCulture));
        text.Append(CultureInfo.InvariantCulture, $"| {label} | {string.Join(" | ", cells)} | {otherWork} |\n");
    }
}
