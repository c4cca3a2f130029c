using System.Globalization;
using Kazynashylyk.Pki.Development;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// One run: the system to measure (booted here, or a running one), the measurement, the table printed and written.
/// Exit codes: 0 measured, 1 the system answered something unexpected (its text is printed), 2 setup failed.
/// </summary>
internal static class BenchmarkRun
{
    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        OwnAppHost? own = null;
        try
        {
            Uri gatewayAddress;
            string dataDirectory;
            string system;
            if (options.Gateway is null)
            {
                Console.WriteLine("booting the AppHost on a data folder of its own");
                own = await OwnAppHost.StartAsync(cancellationToken);
                (gatewayAddress, dataDirectory) = (own.Gateway, own.DataDirectory);
                system = "a system booted by the harness (its own AppHost and data folder, nothing else running in it)";
            }
            else
            {
                gatewayAddress = options.Gateway;
                dataDirectory = options.DataDirectory!.FullName;
                system = $"the running system at {options.Gateway}";
            }

            using var gateway = new GatewayClient(gatewayAddress);
            using var benchmark = new OnboardingBenchmark(options, gateway, Participants.Open(dataDirectory));
            var repeats = await benchmark.RunAsync(cancellationToken);

            var table = ResultsTable.Build(options, system, repeats, benchmark.PartyLogins);
            Console.WriteLine();
            Console.Write(table);
            Directory.CreateDirectory(options.Output.DirectoryName!);
            await File.WriteAllTextAsync(options.Output.FullName, table, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"written to {options.Output.FullName}"));

            return 0;
        }
        catch (Exception e) when (e is GatewayCallException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync($"The system answered unexpectedly: {e.Message}");

            return 1;
        }
        catch (Exception e) when (e is InvalidOperationException or DevelopmentCaException)
        {
            await Console.Error.WriteLineAsync($"Cannot set up the run: {e.Message}");

            return 2;
        }
        finally
        {
            if (own is not null)
            {
                await StopAsync(own);
            }
        }
    }

    private static async Task StopAsync(OwnAppHost own)
    {
        Console.WriteLine("stopping the AppHost");
        await own.DisposeAsync();
        var left = await LeftoverProcesses.WaitForNoneAsync(
            own.DataDirectory, own.StartedProcesses, TimeSpan.FromSeconds(30));
        foreach (var process in left)
        {
            await Console.Error.WriteLineAsync($"still running after the AppHost stopped: {process}");
        }

        if (left.Count == 0)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"stopped: none of its {own.StartedProcesses.Count} processes is left, its data folder is gone"));
        }
    }
}
