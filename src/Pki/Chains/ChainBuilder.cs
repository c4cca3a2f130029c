using System.Collections.Concurrent;
using Kazynashylyk.Pki.Certificates;

namespace Kazynashylyk.Pki.Chains;

/// <summary>
/// Builds a certificate's path to an anchor of one store. Issuers are looked up by X.500 name among the store's
/// certificates and those the signed message carries; AIA addresses are never fetched. Results are cached per
/// store and leaf, so a warm verification does not verify the chain's signatures again; validity dates are
/// checked by the caller at its validation time.
/// </summary>
public sealed class ChainBuilder
{
    private const int MaxLength = 6;
    private readonly ConcurrentDictionary<(string Store, string Leaf), ChainResult> cache = new();
    private readonly int capacity;

    /// <summary>Creates a builder caching up to <paramref name="capacity"/> results.</summary>
    public ChainBuilder(int capacity = 100_000)
    {
        this.capacity = capacity;
    }

    /// <summary>Builds (or recalls) the chain of <paramref name="leaf"/> in <paramref name="store"/>.</summary>
    public ChainResult Build(PkiCertificate leaf, IReadOnlyList<PkiCertificate> carried, TrustStore store)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        ArgumentNullException.ThrowIfNull(store);
        var key = (store.Name, leaf.Thumbprint);
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = BuildFresh(leaf, carried, store);

        // Only a found chain is cached when the message carried certificates: a missing link may arrive with the next
        // one.
        if (result.Found || carried.Count == 0)
        {
            if (cache.Count >= capacity)
            {
                cache.Clear();
            }

            cache[key] = result;
        }

        return result;
    }

    private static ChainResult BuildFresh(PkiCertificate leaf, IReadOnlyList<PkiCertificate> carried, TrustStore store)
    {
        var path = new List<PkiCertificate> { leaf };
        var current = leaf;
        while (!store.IsAnchor(current))
        {
            if (path.Count >= MaxLength)
            {
                return new ChainResult([], "The chain is longer than any NCA chain.");
            }

            var issuer = FindIssuer(current, carried, store, path);
            if (issuer is null)
            {
                return new ChainResult([], $"No issuer of '{current.Issuer}' in the {store.Name} trust store.");
            }

            if (!store.IsAnchor(issuer) && issuer.Certificate.GetBasicConstraints() < 0)
            {
                return new ChainResult([], $"'{issuer.Subject}' is not a CA certificate.");
            }

            path.Add(issuer);
            current = issuer;
        }

        return new ChainResult(path, null);
    }

    private static PkiCertificate? FindIssuer(
        PkiCertificate child,
        IReadOnlyList<PkiCertificate> carried,
        TrustStore store,
        List<PkiCertificate> path
    )
    {
        var candidates = store.Anchors.Concat(store.Intermediates).Concat(carried);
        foreach (var candidate in candidates)
        {
            if (path.Contains(candidate) || !candidate.Subject.Equivalent(child.Issuer))
            {
                continue;
            }

            if (child.IsSignedBy(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
