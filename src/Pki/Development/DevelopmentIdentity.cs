using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Development;

/// <summary>A holder for a development certificate, written into the subject as the NCA does.</summary>
public sealed record DevelopmentIdentity
{
    public required string Surname { get; init; }

    public required string Name { get; init; }

    public string? Patronymic { get; init; }

    public required string Iin { get; init; }

    public string? Bin { get; init; }

    public string? Organization { get; init; }

    public IReadOnlyList<string> RoleOids { get; init; } = [];

    /// <summary>
    /// The subject: CN "SURNAME NAME", SURNAME, SERIALNUMBER IIN…, C, O, OU BIN…, GIVENNAME (the patronymic).
    /// </summary>
    public X509Name ToName()
    {
        var oids = new List<DerObjectIdentifier> { X509Name.CN, X509Name.Surname, X509Name.SerialNumber, X509Name.C };
        var values = new List<string> { $"{Surname} {Name}", Surname, $"IIN{Iin}", "KZ" };
        if (Organization is not null)
        {
            oids.Add(X509Name.O);
            values.Add(Organization);
        }

        if (Bin is not null)
        {
            oids.Add(X509Name.OU);
            values.Add($"BIN{Bin}");
        }

        if (Patronymic is not null)
        {
            oids.Add(X509Name.GivenName);
            values.Add(Patronymic);
        }

        return new X509Name(oids, values);
    }
}
