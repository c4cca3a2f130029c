using Kazynashylyk.Pki.Certificates;

namespace Kazynashylyk.Pki.Chains;

/// <summary>A named set of trusted roots and the intermediate CAs known under them. Stores never mix.</summary>
public sealed class TrustStore
{
    /// <summary>Creates a store; intermediates are links only, trusted because they chain to an anchor.</summary>
    public TrustStore(string name, IEnumerable<PkiCertificate> anchors, IEnumerable<PkiCertificate> intermediates)
    {
        Name = name;
        Anchors = anchors.ToArray();
        Intermediates = intermediates.ToArray();
        AnchorThumbprints = Anchors.Select(a => a.Thumbprint).ToHashSet(StringComparer.Ordinal);
    }

    public string Name { get; }

    /// <summary>
    /// Whether subjects' IIN and BIN must carry a correct check digit (a warning otherwise). Off for the test
    /// stores because the NCA test identities fail the checksum; on for production.
    /// </summary>
    public bool ValidatesIdentifierChecksums { get; init; }

    public IReadOnlyList<PkiCertificate> Anchors { get; }

    public IReadOnlyList<PkiCertificate> Intermediates { get; }

    internal HashSet<string> AnchorThumbprints { get; }

    /// <summary>Whether the certificate is one of the store's anchors.</summary>
    public bool IsAnchor(PkiCertificate certificate) => AnchorThumbprints.Contains(certificate.Thumbprint);
}
