using System.Globalization;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// The measurement against one gateway: warm-up, then per repeat the baseline followed by the onboardings.
/// Keys are issued and the parties' tokens renewed before each timed stretch, never inside it.
/// </summary>
internal sealed class OnboardingBenchmark : IDisposable
{
    private const int BaselineWarmUp = 3;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    private readonly BenchmarkOptions options;
    private readonly GatewayClient gateway;
    private readonly Participants people;
    private readonly PartySession head;
    private readonly PartySession treasuryOperator;
    private readonly OnboardingWalk walk;
    private readonly VerificationBaseline baseline;

    public OnboardingBenchmark(BenchmarkOptions options, GatewayClient gateway, Participants people)
    {
        this.options = options;
        this.gateway = gateway;
        this.people = people;
        head = new PartySession(gateway, people.Head, "client-head");
        treasuryOperator = new PartySession(gateway, people.Operator, null);
        walk = new OnboardingWalk(gateway, head, treasuryOperator, options.PollInterval);
        baseline = new VerificationBaseline(gateway, people.NewApplicant().Key, treasuryOperator);
    }

    /// <summary>Logins the head and the operator made in the whole run, each.</summary>
    public int PartyLogins => Math.Max(head.Logins, treasuryOperator.Logins);

    public async Task<IReadOnlyList<RepeatResult>> RunAsync(CancellationToken cancellationToken)
    {
        await WarmUpAsync(cancellationToken);

        var results = new List<RepeatResult>();
        for (var repeat = 1; repeat <= options.Repeats; repeat++)
        {
            var result = await RepeatAsync(cancellationToken);
            results.Add(result);
            var (rate, p50, p95) = (result.OnboardingsPerSecond, result.TotalSeconds(50), result.TotalSeconds(95));
            var (fastest, slowest) = (result.VerificationMilliseconds.Min(), result.VerificationMilliseconds.Max());
            Print($"repeat {repeat}: {rate:F2} onboardings/s, p50 {p50:F2} s, p95 {p95:F2} s");
            Print($"  verify p50 {result.VerificationP50:F1} ms (min {fastest:F1}, max {slowest:F1})");
            Print($"  other builds or tests on the machine: {result.OtherWork}");
        }

        return results;
    }

    public void Dispose()
    {
        head.Dispose();
        treasuryOperator.Dispose();
    }

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        // The client's first registration creates it: alone, since two creating it at once get a 409 that says to
        // try again. The head can log in only once the client exists, so its first login falls in the warm-up.
        Print($"warm-up: {options.WarmUp} onboardings (the first alone), {BaselineWarmUp} verifications");
        await LoadRepeat.RunAsync(walk, Issue(1), 1, cancellationToken);
        if (options.WarmUp > 1)
        {
            var concurrency = Math.Min(options.Concurrency, options.WarmUp - 1);
            await LoadRepeat.RunAsync(walk, Issue(options.WarmUp - 1), concurrency, cancellationToken);
        }

        await baseline.MeasureAsync(BaselineWarmUp, cancellationToken);
    }

    private async Task<RepeatResult> RepeatAsync(CancellationToken cancellationToken)
    {
        await head.RenewAsync(cancellationToken);
        await treasuryOperator.RenewAsync(cancellationToken);
        var applicants = Issue(options.Count);

        // Lets the previous onboardings' tail (e-mails, outbox dispatch) finish before the baseline.
        await Task.Delay(Settle, cancellationToken);
        var otherWork = OtherWorkWatch.Start();
        await using (otherWork)
        {
            var verifications = await baseline.MeasureAsync(options.BaselineSamples, cancellationToken);
            var requestsBefore = gateway.Requests;
            var (timings, elapsed) = await LoadRepeat.RunAsync(
                walk, applicants, options.Concurrency, cancellationToken);
            var requests = gateway.Requests - requestsBefore;
            await otherWork.StopAsync();

            return new RepeatResult(timings, elapsed, requests, verifications, otherWork.Summary);
        }
    }

    private List<Applicant> Issue(int count) => [.. Enumerable.Range(0, count).Select(_ => people.NewApplicant())];

    private static void Print(FormattableString line) =>
        Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
