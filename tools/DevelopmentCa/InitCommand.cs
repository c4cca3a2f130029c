using System.Text.Json;
using Kazynashylyk.Pki.Development;

namespace Kazynashylyk.DevelopmentCa;

/// <summary>Creates the development CA folder, or reopens it (restoring files, refreshing the CRL).</summary>
public static class InitCommand
{
    /// <summary>Runs the command; prints one JSON line: whether the CA was created, and where its CRL is.</summary>
    public static async Task<int> RunAsync(
        string directory,
        string caPassword,
        TextWriter output,
        TextWriter error,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (string.IsNullOrWhiteSpace(directory))
        {
            await error.WriteLineAsync("--dir must not be empty.");

            return ExitCodes.BadInput;
        }

        try
        {
            var folder = DevelopmentCaFolder.OpenOrCreate(directory, caPassword, time);
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                directory = folder.Directory,
                created = folder.Created,
                ca = folder.Ca.Certificate.Thumbprint,
                caNotAfter = folder.Ca.Certificate.NotAfter,
                crl = folder.CrlPath,
            }));

            return ExitCodes.Success;
        }
        catch (Exception e) when (e is DevelopmentCaException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"The development CA cannot be opened: {e.Message}");

            return ExitCodes.CaProblem;
        }
    }
}
