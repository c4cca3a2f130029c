namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>What one run measures and against which system.</summary>
/// <param name="Count">Onboardings per repeat.</param>
/// <param name="Concurrency">Onboardings under way at once.</param>
/// <param name="Repeats">How many measured repeats.</param>
/// <param name="WarmUp">Onboardings walked first and discarded.</param>
/// <param name="BaselineSamples">Signature verifications timed per repeat for the baseline.</param>
/// <param name="PollInterval">Pause between two reads of a registration's status.</param>
/// <param name="Gateway">A running system's gateway; null boots an AppHost of its own.</param>
/// <param name="DataDirectory">The running system's data folder (its development CA); with a gateway only.</param>
/// <param name="Output">Where the Markdown results are written.</param>
internal sealed record BenchmarkOptions(
    int Count,
    int Concurrency,
    int Repeats,
    int WarmUp,
    int BaselineSamples,
    TimeSpan PollInterval,
    Uri? Gateway,
    DirectoryInfo? DataDirectory,
    FileInfo Output);
