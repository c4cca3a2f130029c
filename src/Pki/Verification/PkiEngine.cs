using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Net;
using Kazynashylyk.Pki.Revocation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kazynashylyk.Pki.Verification;

/// <summary>
/// The engine's parts wired together once: trust stores, caches, CRL store, revocation checker and verifier.
/// A host keeps one instance for its lifetime (a service as a singleton, a tool for one run).
/// </summary>
public sealed class PkiEngine : IDisposable
{
    private PkiEngine(SignatureVerifier verifier, CrlStore crls, TrustStoreCatalog stores)
    {
        Verifier = verifier;
        Crls = crls;
        Stores = stores;
    }

    /// <summary>The verifier to call.</summary>
    public SignatureVerifier Verifier { get; }

    /// <summary>The CRL store, to preload CRLs (files, mirrors).</summary>
    public CrlStore Crls { get; }

    /// <summary>The trust stores.</summary>
    public TrustStoreCatalog Stores { get; }

    /// <summary>Builds an engine. Without <paramref name="http"/> it never goes online.</summary>
    public static PkiEngine Create(
        TimeProvider time,
        TrustStoreCatalog? stores = null,
        IPkiHttpClient? http = null,
        IRevocationStatusCache? statusCache = null,
        ILoggerFactory? loggers = null,
        CertificateCache? certificates = null
    )
    {
        ArgumentNullException.ThrowIfNull(time);
        loggers ??= NullLoggerFactory.Instance;
        certificates ??= CertificateCache.Shared;
        stores ??= TrustStoreCatalog.CreateStandard(cache: certificates);

        var crls = new CrlStore(http, time, loggers.CreateLogger<CrlStore>());
        var revocation = new RevocationChecker(
            crls,
            new OcspResponseVerifier(certificates),
            http,
            statusCache ?? new InMemoryRevocationStatusCache(time),
            time,
            loggers.CreateLogger<RevocationChecker>()
        );
        var verifier = new SignatureVerifier(
            stores,
            revocation,
            time,
            loggers.CreateLogger<SignatureVerifier>(),
            certificates
        );

        return new PkiEngine(verifier, crls, stores);
    }

    public void Dispose() => Crls.Dispose();
}
