using Kazynashylyk.Pki.Revocation;
using Kazynashylyk.Pki.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Kazynashylyk.Pki.Tests;

/// <summary>An offline engine with a pinned clock and the given CRL files preloaded.</summary>
internal static class TestEngine
{
    public static PkiEngine Offline(DateTimeOffset now, params string[] crlFiles)
    {
        var engine = PkiEngine.Create(new FakeTimeProvider(now));
        foreach (var file in crlFiles)
        {
            engine.Crls.Add(CrlIndex.Parse(TestPki.Bytes(file)));
        }

        return engine;
    }

    public static RevocationOptions OfflineRevocation(params byte[][] ocspResponses)
    {
        return new RevocationOptions { Online = false, SuppliedOcspResponses = ocspResponses };
    }
}
