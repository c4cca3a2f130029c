using System.Text.Json;
using Kazynashylyk.Pki.Development;

namespace Kazynashylyk.DevelopmentCa;

/// <summary>Revokes a certificate the development CA issued and re-issues its CRL.</summary>
public static class RevokeCommand
{
    /// <summary>Runs the command; prints one JSON line with the serial and whether it was newly revoked.</summary>
    public static async Task<int> RunAsync(
        string directory,
        string caPassword,
        string serial,
        TextWriter output,
        TextWriter error,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string normalized;
        try
        {
            normalized = DevelopmentCaFolder.NormalizeSerial(serial);
        }
        catch (DevelopmentCaException e)
        {
            await error.WriteLineAsync($"--serial: {e.Message}");

            return ExitCodes.BadInput;
        }

        if (string.IsNullOrWhiteSpace(directory) || !DevelopmentCaFolder.Exists(directory))
        {
            await error.WriteLineAsync($"There is no development CA in '{directory}': run init first.");

            return ExitCodes.CaProblem;
        }

        try
        {
            var revoked = DevelopmentCaFolder.OpenOrCreate(directory, caPassword, time).Revoke(normalized);
            await output.WriteLineAsync(JsonSerializer.Serialize(new { serial = normalized, revoked }));

            return ExitCodes.Success;
        }
        catch (Exception e) when (e is DevelopmentCaException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"The development CA cannot revoke: {e.Message}");

            return ExitCodes.CaProblem;
        }
    }
}
