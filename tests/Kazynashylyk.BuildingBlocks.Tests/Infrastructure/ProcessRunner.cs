using System.Diagnostics;

namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>Runs a command to completion and fails loudly with its output when it does not succeed.</summary>
internal static class ProcessRunner
{
    public static async Task<string> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        using var process = new Process { StartInfo = Describe(fileName, arguments, environment) };
        process.Start();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(cancel.Token);
        var text = await output + await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {text}");
        }

        return text;
    }

    public static ProcessStartInfo Describe(
        string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return info;
    }
}
