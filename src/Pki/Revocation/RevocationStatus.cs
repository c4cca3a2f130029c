namespace Kazynashylyk.Pki.Revocation;

/// <summary>What a revocation source said about a certificate.</summary>
public enum RevocationStatus
{
    Good,
    Revoked,
    Unknown,
}
