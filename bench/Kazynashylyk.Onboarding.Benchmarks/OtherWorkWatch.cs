namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// Watches, while a repeat runs, for builds and test runs sharing the machine (it has few cores, and other work
/// on it skews every figure): a sample every two seconds of the process list.
/// </summary>
internal sealed class OtherWorkWatch : IAsyncDisposable
{
    private static readonly string[] Markers = ["dotnet build", "dotnet test", "testhost", "MSBuild.dll", "/csc "];

    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private int samples;
    private int busySamples;

    private OtherWorkWatch()
    {
        sampling = SampleAsync(stop.Token);
    }

    public static OtherWorkWatch Start() => new();

    /// <summary>"none", or in how many samples another build or test run was seen.</summary>
    public string Summary => busySamples == 0 ? "none" : $"builds/tests in {busySamples} of {samples} samples";

    /// <summary>Stops sampling; <see cref="Summary"/> is final afterwards.</summary>
    public async Task StopAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
        }

        await sampling;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        try
        {
            do
            {
                samples++;
                if (Busy())
                {
                    busySamples++;
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // The repeat ended.
        }
    }

    private static bool Busy()
    {
        if (!Directory.Exists("/proc"))
        {
            return false;
        }

        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(process, "cmdline")).Replace('\0', ' ');
                if (Markers.Any(m => commandLine.Contains(m, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not a process (a kernel file), or one that ended or hides its command line: skip it.
            }
        }

        return false;
    }
}
