using Kazynashylyk.Pki.Cms;

namespace Kazynashylyk.Verifier;

/// <summary>
/// Reads an input file up to a limit, so a device or an endless file (<c>/dev/zero</c>) ends as unusable input
/// instead of exhausting memory.
/// </summary>
public static class BoundedFile
{
    /// <summary>The largest CMS or content file the verifier reads.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public static async Task<byte[]> ReadAsync(FileInfo file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new UnusableInputException(
                    UnusableInputReason.TooLarge, $"'{file.Name}' is larger than {MaxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
