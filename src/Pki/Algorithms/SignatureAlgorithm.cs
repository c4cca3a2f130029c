namespace Kazynashylyk.Pki.Algorithms;

/// <summary>A signature algorithm resolved to its key family and digest.</summary>
/// <param name="Oid">The signature algorithm identifier as it appeared.</param>
/// <param name="Family">The key family that must verify it.</param>
/// <param name="DigestOid">The digest the signature covers.</param>
/// <param name="Name">A readable name for reports.</param>
public sealed record SignatureAlgorithm(string Oid, KeyFamily Family, string DigestOid, string Name);
