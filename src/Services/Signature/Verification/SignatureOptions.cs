namespace Kazynashylyk.Signature.Verification;

/// <summary>The Signature service's settings (section <c>Signature</c>).</summary>
public sealed class SignatureOptions
{
    public const string Section = "Signature";

    /// <summary>
    /// The store used when a request names none: <c>development</c> in development, else <c>production</c>.
    /// </summary>
    public string DefaultTrustStore { get; set; } = "production";

    /// <summary>The largest request body accepted; larger ones are refused with 413.</summary>
    public long MaxRequestBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>OCSP, CRL and TSP address prefixes rewritten to a local mirror.</summary>
    public IList<MirrorOptions> Mirrors { get; } = [];

    /// <summary>A folder of CA certificates (<c>.cer</c>, <c>.crt</c>, <c>.pem</c>) added to the development store.
    /// </summary>
    public string DevelopmentCaDirectory { get; set; } = string.Empty;

    /// <summary>A folder of CA certificates that make up the production store.</summary>
    public string ProductionCaDirectory { get; set; } = string.Empty;
}
