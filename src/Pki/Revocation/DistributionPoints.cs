using Kazynashylyk.Pki.Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Revocation;

/// <summary>Reads the revocation addresses a certificate names.</summary>
internal static class DistributionPoints
{
    public static IReadOnlyList<Uri> Crl(PkiCertificate certificate) =>
        Read(certificate, X509Extensions.CrlDistributionPoints);

    public static IReadOnlyList<Uri> DeltaCrl(PkiCertificate certificate) =>
        Read(certificate, X509Extensions.FreshestCrl);

    public static IReadOnlyList<Uri> Ocsp(PkiCertificate certificate)
    {
        var extension = certificate.Structure.TbsCertificate.Extensions?.GetExtension(
            X509Extensions.AuthorityInfoAccess
        );
        if (extension is null)
        {
            return [];
        }

        var access = AuthorityInformationAccess.GetInstance(extension.GetParsedValue());

        return access
            .GetAccessDescriptions()
            .Where(d => d.AccessMethod.Equals(AccessDescription.IdADOcsp))
            .Select(d => ToUri(d.AccessLocation))
            .OfType<Uri>()
            .ToArray();
    }

    private static Uri[] Read(PkiCertificate certificate, DerObjectIdentifier oid)
    {
        var extension = certificate.Structure.TbsCertificate.Extensions?.GetExtension(oid);
        if (extension is null)
        {
            return [];
        }

        return CrlDistPoint
            .GetInstance(extension.GetParsedValue())
            .GetDistributionPoints()
            .Where(p => p.DistributionPointName?.Type == DistributionPointName.FullName)
            .SelectMany(p => GeneralNames.GetInstance(p.DistributionPointName.Name).GetNames())
            .Select(ToUri)
            .OfType<Uri>()
            .ToArray();
    }

    private static Uri? ToUri(GeneralName name)
    {
        if (name.TagNo != GeneralName.UniformResourceIdentifier)
        {
            return null;
        }

        var text = DerIA5String.GetInstance(name.Name).GetString();

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;
    }
}
