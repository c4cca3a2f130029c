using Kazynashylyk.Pki.Certificates;
using Org.BouncyCastle.Asn1.Cms;

namespace Kazynashylyk.Pki.Cms;

/// <summary>A parsed CMS SignedData: what was signed, by whom, with which certificates attached.</summary>
/// <param name="ContentType">The encapsulated content type OID.</param>
/// <param name="EncapsulatedContent">The attached content, or null for a detached signature.</param>
/// <param name="Signers">The signer infos.</param>
/// <param name="Certificates">The certificates the CMS carries.</param>
public sealed record SignedMessage(
    string ContentType,
    byte[]? EncapsulatedContent,
    IReadOnlyList<SignerInfo> Signers,
    IReadOnlyList<PkiCertificate> Certificates
);
