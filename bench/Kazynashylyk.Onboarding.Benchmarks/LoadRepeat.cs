using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// A closed loop: <c>concurrency</c> workers each take the next applicant as soon as their previous onboarding
/// is active. The first failure cancels the others and is rethrown with the gateway's text.
/// </summary>
internal static class LoadRepeat
{
    public static async Task<(IReadOnlyList<OnboardingTiming> Timings, TimeSpan Elapsed)> RunAsync(
        OnboardingWalk walk,
        IReadOnlyList<Applicant> applicants,
        int concurrency,
        CancellationToken cancellationToken)
    {
        var queue = Channel.CreateUnbounded<Applicant>();
        foreach (var applicant in applicants)
        {
            queue.Writer.TryWrite(applicant);
        }

        queue.Writer.Complete();
        var timings = new List<OnboardingTiming>(applicants.Count);
        ExceptionDispatchInfo? firstFailure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            try
            {
                await foreach (var applicant in queue.Reader.ReadAllAsync(stop.Token))
                {
                    var timing = await walk.RunAsync(applicant, stop.Token);
                    lock (timings)
                    {
                        timings.Add(timing);
                    }
                }
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                Interlocked.CompareExchange(ref firstFailure, ExceptionDispatchInfo.Capture(e), null);
                await stop.CancelAsync();
            }
        }).ToList();

        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (firstFailure is not null)
        {
            // The others stopped because one failed: that failure is the one to report.
        }

        firstFailure?.Throw();

        return (timings, Stopwatch.GetElapsedTime(started));
    }
}
