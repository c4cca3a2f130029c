using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Development;

/// <summary>What a generated certificate says: the NCA profile's fields, chosen per certificate.</summary>
public sealed record CertificateProfile
{
    public required X509Name Subject { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset NotAfter { get; init; }

    public bool IsCa { get; init; }

    /// <summary>BouncyCastle <see cref="KeyUsage"/> bits.</summary>
    public int KeyUsage { get; init; } =
        Org.BouncyCastle.Asn1.X509.KeyUsage.DigitalSignature | Org.BouncyCastle.Asn1.X509.KeyUsage.NonRepudiation;

    public IReadOnlyList<string> ExtendedKeyUsage { get; init; } = [];

    public bool ExtendedKeyUsageCritical { get; init; }

    public Uri? OcspUrl { get; init; }

    public Uri? CrlUrl { get; init; }

    public Uri? DeltaCrlUrl { get; init; }

    /// <summary>Adds id-pkix-ocsp-nocheck (OCSP responder certificates).</summary>
    public bool OcspNoCheck { get; init; }

    public string? PolicyOid { get; init; }
}
