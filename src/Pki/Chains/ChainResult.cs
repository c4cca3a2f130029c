using Kazynashylyk.Pki.Certificates;

namespace Kazynashylyk.Pki.Chains;

/// <summary>The outcome of building a chain: the path from the leaf to an anchor, or why none was found.</summary>
/// <param name="Path">Leaf first, anchor last; empty when no chain was found.</param>
/// <param name="Problem">Why no chain was found, or null.</param>
public sealed record ChainResult(IReadOnlyList<PkiCertificate> Path, string? Problem)
{
    /// <summary>Whether a path to an anchor exists.</summary>
    public bool Found => Problem is null && Path.Count > 0;

    /// <summary>The leaf's issuer, when a chain was found.</summary>
    public PkiCertificate? Issuer => Path.Count > 1 ? Path[1] : null;
}
