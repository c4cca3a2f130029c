using System.Reflection;
using Kazynashylyk.Pki.Certificates;

namespace Kazynashylyk.Pki.Chains;

/// <summary>The configured trust stores by name: test (embedded), development and production (supplied).</summary>
public sealed class TrustStoreCatalog
{
    private readonly Dictionary<string, TrustStore> stores;

    /// <summary>Creates a catalog of the given stores.</summary>
    public TrustStoreCatalog(IEnumerable<TrustStore> stores)
    {
        this.stores = stores.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The standard catalog: <c>test</c> from the embedded NCA test CAs, <c>development</c> as test plus
    /// <paramref name="developmentCas"/>, <c>production</c> from <paramref name="productionCas"/> (empty until
    /// supplied).
    /// Self-issued certificates become anchors, the rest intermediates.
    /// </summary>
    public static TrustStoreCatalog CreateStandard(
        IEnumerable<PkiCertificate>? developmentCas = null,
        IEnumerable<PkiCertificate>? productionCas = null,
        CertificateCache? cache = null
    )
    {
        cache ??= CertificateCache.Shared;
        var test = LoadEmbeddedTestCas(cache);
        var development = test.Concat(developmentCas ?? []).ToArray();
        var production = (productionCas ?? []).ToArray();

        return new TrustStoreCatalog([
            Build(TrustStoreNames.Test, test),
            Build(TrustStoreNames.Development, development),
            Build(TrustStoreNames.Production, production, validatesIdentifierChecksums: true),
        ]);
    }

    /// <summary>A store made of CA certificates: self-issued ones are anchors.</summary>
    public static TrustStore Build(
        string name,
        IReadOnlyCollection<PkiCertificate> cas,
        bool validatesIdentifierChecksums = false
    )
    {
        ArgumentNullException.ThrowIfNull(cas);

        return new TrustStore(name, cas.Where(c => c.IsSelfIssued), cas.Where(c => !c.IsSelfIssued))
        {
            ValidatesIdentifierChecksums = validatesIdentifierChecksums,
        };
    }

    /// <summary>The store of that name, or null.</summary>
    public TrustStore? Find(string name) => stores.GetValueOrDefault(name);

    /// <summary>The names of the stores.</summary>
    public IReadOnlyCollection<string> Names => stores.Keys;

    private static List<PkiCertificate> LoadEmbeddedTestCas(CertificateCache cache)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var result = new List<PkiCertificate>();
        foreach (
            var resource in assembly
                .GetManifestResourceNames()
                .Where(n => n.StartsWith("trust/test/", StringComparison.Ordinal))
        )
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var der = PemReader.ToDer(buffer.ToArray())
                ?? throw new InvalidOperationException($"The embedded CA {resource} is not a certificate.");
            result.Add(cache.Get(der));
        }

        return result;
    }
}
