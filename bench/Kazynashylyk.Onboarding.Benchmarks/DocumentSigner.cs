using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Keys;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// Signs as NCALayer would, attached CMS as base64 DER. The signing time is pinned to a moment inside the NCA test
/// pack's validity and before its CRL's next update, the same moment the end-to-end tests sign at.
/// </summary>
internal static class DocumentSigner
{
    private static readonly CmsSigner Signer =
        new(new PinnedClock(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero)));

    private static readonly CmsSignOptions Attached = new();

    public static async Task<string> SignAsync(
        SigningIdentity key,
        byte[] content,
        CancellationToken cancellationToken = default) =>
        Convert.ToBase64String(await Signer.SignAsync(key, content, Attached, cancellationToken));
}
