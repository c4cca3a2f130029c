using System.Globalization;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// What the AppHost may have left behind: a process it reported that is still alive, or any process whose command
/// line names its data folder (a server's own children).
/// </summary>
internal static class LeftoverProcesses
{
    /// <summary>Waits up to <paramref name="patience"/> for them to go; returns the ones that stayed.</summary>
    public static async Task<IReadOnlyList<string>> WaitForNoneAsync(
        string folder,
        IReadOnlyDictionary<int, string> started,
        TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var found = Find(folder, started);
            if (found.Count == 0 || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static List<string> Find(string folder, IReadOnlyDictionary<int, string> started)
    {
        var found = new List<string>();
        if (!Directory.Exists("/proc"))
        {
            return found;
        }

        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), CultureInfo.InvariantCulture, out var pid)
                || pid == Environment.ProcessId)
            {
                continue;
            }

            var commandLine = CommandLine(process);
            var inFolder = commandLine?.Contains(folder, StringComparison.Ordinal) == true;
            if (started.TryGetValue(pid, out var resource) || inFolder)
            {
                found.Add($"{pid} ({resource ?? "child"}): {commandLine}");
            }
        }

        return found;
    }

    private static string? CommandLine(string process)
    {
        try
        {
            return File.ReadAllText(Path.Combine(process, "cmdline")).Replace('\0', ' ').Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended meanwhile, or belongs to a user who hides it: not one the AppHost started.
            return null;
        }
    }
}
