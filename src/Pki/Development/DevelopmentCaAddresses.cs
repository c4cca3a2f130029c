namespace Kazynashylyk.Pki.Development;

/// <summary>
/// Where the persistent development CA's certificates say its CRL and OCSP responder live. The host name resolves
/// nowhere on purpose: the running system maps this prefix onto its local PKI mirror.
/// </summary>
public static class DevelopmentCaAddresses
{
    /// <summary>The prefix of every address the development CA publishes.</summary>
    public const string Base = "http://development.pki.kazynashylyk.local/";

    /// <summary>The full CRL's file name, in the CA folder's <c>crl/</c> and at <c>crl/</c> under the base.</summary>
    public const string CrlFileName = "dev_ca.crl";

    /// <summary>The CRL distribution point of issued certificates.</summary>
    public static Uri CrlUrl { get; } = new(Base + "crl/" + CrlFileName);

    /// <summary>
    /// The OCSP address of issued certificates. No responder answers there; verifiers fall back to the CRL.
    /// </summary>
    public static Uri OcspUrl { get; } = new(Base + "ocsp/");
}
