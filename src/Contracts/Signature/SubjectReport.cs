namespace Kazynashylyk.Contracts.Signature;

/// <summary>Who the certificate names, decoded per the NCA profile (GIVENNAME carries the patronymic).</summary>
public sealed record SubjectReport
{
    public string? Iin { get; init; }

    public string? Bin { get; init; }

    public string? CommonName { get; init; }

    public string? Surname { get; init; }

    /// <summary>
    /// The first name, taken from the common name because the GIVENNAME attribute holds the patronymic.
    /// </summary>
    public string? GivenName { get; init; }

    public string? Patronymic { get; init; }

    public string? Organization { get; init; }

    public string? Email { get; init; }

    /// <summary>The DC attribute (for example ROLE02 in the Treasury-Client participant certificate).</summary>
    public string? DomainComponent { get; init; }

    public string? BusinessCategory { get; init; }

    /// <summary>The UID attribute: the OID of the information system the key lives in.</summary>
    public string? Uid { get; init; }
}
