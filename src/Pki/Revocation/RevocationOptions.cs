namespace Kazynashylyk.Pki.Revocation;

/// <summary>Which revocation sources a verification may use.</summary>
public sealed record RevocationOptions
{
    /// <summary>Whether the engine may contact OCSP responders and download CRLs.</summary>
    public bool Online { get; init; } = true;

    /// <summary>Whether OCSP is tried before CRLs.</summary>
    public bool UseOcsp { get; init; } = true;

    /// <summary>Whether CRLs are consulted when OCSP gives no definitive answer.</summary>
    public bool UseCrl { get; init; } = true;

    /// <summary>How long an OCSP answer without nextUpdate (the NCA gives none) is reused.</summary>
    public TimeSpan OcspAnswerLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Tolerated clock difference with responders.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>OCSP responses supplied by the caller (files), checked without a nonce.</summary>
    public IReadOnlyList<byte[]> SuppliedOcspResponses { get; init; } = [];
}
