using Kazynashylyk.Contracts.Signature;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Certificates;

/// <summary>Decodes an NCA subject name: IIN from SERIALNUMBER, BIN from OU, the patronymic from GIVENNAME.</summary>
public static class SubjectDecoder
{
    private static readonly DerObjectIdentifier BusinessCategory = new("2.5.4.15");

    /// <summary>Decodes the subject of <paramref name="name"/>.</summary>
    public static SubjectReport Decode(X509Name name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var commonName = First(name, X509Name.CN);
        var surname = First(name, X509Name.Surname);

        return new SubjectReport
        {
            Iin = WithPrefix(First(name, X509Name.SerialNumber), "IIN"),
            Bin = WithPrefix(First(name, X509Name.OU), "BIN"),
            CommonName = commonName,
            Surname = surname,
            GivenName = FirstNameFrom(commonName, surname),
            Patronymic = First(name, X509Name.GivenName),
            Organization = First(name, X509Name.O),
            Email = First(name, X509Name.EmailAddress),
            DomainComponent = First(name, X509Name.DC),
            BusinessCategory = First(name, BusinessCategory),
            Uid = First(name, X509Name.UID),
        };
    }

    private static string? First(X509Name name, DerObjectIdentifier oid)
    {
        var values = name.GetValueList(oid);

        return values.Count > 0 ? values[0] : null;
    }

    private static string? WithPrefix(string? value, string prefix)
    {
        if (value is null || !value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return value[prefix.Length..];
    }

    // CN is "SURNAME NAME" for people; an information system's CN has no surname attribute beside it.
    private static string? FirstNameFrom(string? commonName, string? surname)
    {
        if (commonName is null || surname is null)
        {
            return null;
        }

        var rest = commonName.StartsWith(surname, StringComparison.OrdinalIgnoreCase)
            ? commonName[surname.Length..]
            : commonName;
        rest = rest.Trim();

        return rest.Length == 0 ? null : rest;
    }
}
