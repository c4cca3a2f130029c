using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Keys;
using Microsoft.Extensions.Time.Testing;

namespace Kazynashylyk.EndToEnd.Tests;

/// <summary>Signs with the NCA test keys kept in the repository's <c>pki/</c> folder, the way NCALayer would.</summary>
public static class TestPki
{
    /// <summary>A moment inside the 2026 test pack's validity, before its CRL's next update.</summary>
    public static readonly DateTimeOffset PinnedTime = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    private const string Password = "Qwerty12";

    public static string PathOf(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kazynashylyk.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(
            directory?.FullName ?? throw new InvalidOperationException("Kazynashylyk.sln not found above the tests."),
            "pki",
            relative);
    }

    /// <summary>A CMS over <paramref name="content"/>, signed at <see cref="PinnedTime"/>, as base64 DER.</summary>
    public static async Task<string> SignAsync(string p12, byte[] content, bool detached = false)
    {
        var identity = Pkcs12Reader.Read(await File.ReadAllBytesAsync(PathOf(p12)), Password);
        var signer = new CmsSigner(new FakeTimeProvider(PinnedTime));
        var cms = await signer.SignAsync(identity, content, new CmsSignOptions { Detached = detached });

        return Convert.ToBase64String(cms);
    }
}
