using System.Security.Cryptography;
using Kazynashylyk.Pki.Algorithms;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Kazynashylyk.Pki.Certificates;

/// <summary>
/// A parsed certificate with what verification keeps asking for computed once: its DER, thumbprint,
/// public key, key usage and extended key usage. Obtain instances through <see cref="CertificateCache"/>.
/// </summary>
public sealed class PkiCertificate
{
    private readonly Lazy<VerificationKey?> publicKey;
    private string[]? keyUsageNames;

    internal PkiCertificate(X509CertificateStructure structure, byte[] der)
    {
        Structure = structure;
        Der = der;
        Certificate = new X509Certificate(structure);
        Sha256 = SHA256.HashData(der);
        Thumbprint = Convert.ToHexString(Sha256);
        Subject = structure.Subject;
        Issuer = structure.Issuer;
        SerialNumberHex = structure.SerialNumber.Value.ToString(16).ToUpperInvariant();
        NotBefore = new DateTimeOffset(Certificate.NotBefore, TimeSpan.Zero);
        NotAfter = new DateTimeOffset(Certificate.NotAfter, TimeSpan.Zero);
        ExtendedKeyUsage = ReadExtendedKeyUsage(structure);
        publicKey = new Lazy<VerificationKey?>(ParseKey);
    }

    /// <summary>
    /// Creates the wrapper and decodes, once, every part verification reads later (names, extensions, dates),
    /// so a malformed certificate fails here instead of deep inside a verification.
    /// </summary>
    internal static PkiCertificate CreateValidated(X509CertificateStructure structure, byte[] der)
    {
        var certificate = new PkiCertificate(structure, der);
        _ = certificate.Subject.ToString();
        _ = certificate.Issuer.ToString();
        _ = certificate.KeyUsageNames();
        _ = certificate.Certificate.GetBasicConstraints();
        foreach (var oid in structure.TbsCertificate.Extensions?.ExtensionOids ?? [])
        {
            _ = structure.TbsCertificate.Extensions!.GetExtension(oid).GetParsedValue();
        }

        return certificate;
    }

    /// <summary>The ASN.1 structure.</summary>
    public X509CertificateStructure Structure { get; }

    /// <summary>
    /// BouncyCastle's view of the certificate (never ask it for the public key: it knows no GOST OID).
    /// </summary>
    public X509Certificate Certificate { get; }

    /// <summary>The DER encoding.</summary>
    public byte[] Der { get; }

    /// <summary>SHA-256 of the DER (what signing-certificate-v2 attributes usually carry).</summary>
    public byte[] Sha256 { get; }

    /// <summary>Upper-case hex SHA-256 of the DER: the identity used by every cache.</summary>
    public string Thumbprint { get; }

    public X509Name Subject { get; }

    public X509Name Issuer { get; }

    /// <summary>The serial number, upper-case hex without leading zeros.</summary>
    public string SerialNumberHex { get; }

    public DateTimeOffset NotBefore { get; }

    public DateTimeOffset NotAfter { get; }

    /// <summary>The EKU OIDs; empty when the extension is absent.</summary>
    public IReadOnlyList<string> ExtendedKeyUsage { get; }

    /// <summary>The parsed public key, or null when its algorithm is unsupported or its bytes malformed.</summary>
    public VerificationKey? PublicKey => publicKey.Value;

    /// <summary>Whether the certificate's issuer and subject names are the same X.500 name.</summary>
    public bool IsSelfIssued => Subject.Equivalent(Issuer);

    /// <summary>Whether the certificate was valid at <paramref name="time"/>.</summary>
    public bool IsValidAt(DateTimeOffset time) => time >= NotBefore && time <= NotAfter;

    /// <summary>Whether <paramref name="candidateIssuer"/>'s key verifies this certificate's signature.</summary>
    public bool IsSignedBy(PkiCertificate candidateIssuer)
    {
        ArgumentNullException.ThrowIfNull(candidateIssuer);
        var key = candidateIssuer.PublicKey;
        var algorithm = AlgorithmRegistry.ResolveSignature(Structure.SignatureAlgorithm.Algorithm.Id);
        if (key is null || algorithm is null)
        {
            return false;
        }

        var tbs = Structure.TbsCertificate.GetDerEncoded();

        return key.Verify(algorithm, tbs, Structure.Signature.GetOctets());
    }

    /// <summary>Whether the extension is present and marked critical.</summary>
    public bool IsCritical(string oid)
    {
        var extension = Structure.TbsCertificate.Extensions?.GetExtension(new DerObjectIdentifier(oid));

        return extension is not null && extension.IsCritical;
    }

    /// <summary>Whether the extension is present.</summary>
    public bool HasExtension(string oid)
    {
        return Structure.TbsCertificate.Extensions?.GetExtension(new DerObjectIdentifier(oid)) is not null;
    }

    /// <summary>The keyUsage bits by name; empty when the extension is absent.</summary>
    public IReadOnlyList<string> KeyUsageNames() => keyUsageNames ??= ReadKeyUsageNames();

    private string[] ReadKeyUsageNames()
    {
        var bits = Certificate.GetKeyUsage();
        if (bits is null)
        {
            return [];
        }

        string[] names =
        [
            "digitalSignature",
            "nonRepudiation",
            "keyEncipherment",
            "dataEncipherment",
            "keyAgreement",
            "keyCertSign",
            "cRLSign",
            "encipherOnly",
            "decipherOnly",
        ];

        return [.. names.Where((_, i) => i < bits.Length && bits[i])];
    }

    private static string[] ReadExtendedKeyUsage(X509CertificateStructure structure)
    {
        var extension = structure.TbsCertificate.Extensions?.GetExtension(X509Extensions.ExtendedKeyUsage);
        if (extension is null)
        {
            return [];
        }

        var usage = Org.BouncyCastle.Asn1.X509.ExtendedKeyUsage.GetInstance(extension.GetParsedValue());

        return usage.GetAllUsages().Select(o => o.Id).ToArray();
    }

    private VerificationKey? ParseKey()
    {
        try
        {
            return VerificationKeyFactory.Create(Structure.SubjectPublicKeyInfo);
        }
        catch (Exception e) when (e is NotSupportedException or CryptographicException or ArgumentException)
        {
            return null;
        }
    }
}
