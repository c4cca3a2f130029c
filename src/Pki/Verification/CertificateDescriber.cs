using System.Runtime.CompilerServices;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Contracts.Signature;

namespace Kazynashylyk.Pki.Verification;

/// <summary>Turns a certificate into the report's subject, roles and certificate sections.</summary>
internal static class CertificateDescriber
{
    // Descriptions depend on the certificate alone; computing them once keeps warm verifications cheap.
    private static readonly ConditionalWeakTable<PkiCertificate, SignerReport> Descriptions = [];

    public static SignerReport Describe(PkiCertificate certificate, SignerReport report, TrustStore store)
    {
        var description = Descriptions.GetValue(certificate, Build);
        var warnings = report.Warnings;
        if (store.ValidatesIdentifierChecksums)
        {
            warnings = [.. warnings, .. IdentifierWarnings(description.Subject!)];
        }

        return report with
        {
            Subject = description.Subject,
            Roles = description.Roles,
            Certificate = description.Certificate,
            Warnings = warnings,
        };
    }

    // A wrong check digit is reported, not failed: the certificate is the CA's statement and its signature holds.
    private static IEnumerable<string> IdentifierWarnings(SubjectReport subject)
    {
        if (subject.Iin is not null && !IdentifierChecksum.IsValid(subject.Iin))
        {
            yield return "IIN_CHECKSUM_INVALID";
        }

        if (subject.Bin is not null && !IdentifierChecksum.IsValid(subject.Bin))
        {
            yield return "BIN_CHECKSUM_INVALID";
        }
    }

    private static SignerReport Build(PkiCertificate certificate)
    {
        return new SignerReport
        {
            Indication = string.Empty,
            Subject = SubjectDecoder.Decode(certificate.Subject),
            Roles = RoleDecoder.Decode(certificate.ExtendedKeyUsage),
            Certificate = new CertificateReport
            {
                SerialNumber = certificate.SerialNumberHex,
                Issuer = certificate.Issuer.ToString(),
                NotBefore = certificate.NotBefore,
                NotAfter = certificate.NotAfter,
                KeyUsage = certificate.KeyUsageNames(),
                Algorithm = AlgorithmName(certificate),
                ExtendedKeyUsage = certificate.ExtendedKeyUsage,
                Thumbprint = certificate.Thumbprint,
            },
        };
    }

    private static string AlgorithmName(PkiCertificate certificate)
    {
        return certificate.PublicKey?.Family switch
        {
            KeyFamily.Rsa => $"RSA {certificate.PublicKey.KeySizeBits}",
            KeyFamily.Gost2004 => "GOST 34.310-2004",
            KeyFamily.Gost2015With256BitKey => "GOST 34.10-2015 256",
            KeyFamily.Gost2015With512BitKey => "GOST 34.10-2015 512",
            _ => certificate.Structure.SubjectPublicKeyInfo.Algorithm.Algorithm.Id,
        };
    }
}
