namespace Kazynashylyk.Pki.Revocation;

/// <summary>One revoked certificate in a CRL.</summary>
/// <param name="RevokedAt">The revocation date.</param>
/// <param name="ReasonCode">The CRLReason code (0 when the entry gives none).</param>
public readonly record struct CrlEntry(DateTimeOffset RevokedAt, int ReasonCode);
