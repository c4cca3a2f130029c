namespace Kazynashylyk.Registration.Data;

/// <summary>
/// An operator of a territorial unit: logs in with their own EDS and signs agreements for the unit. The IIN is
/// kept encrypted, with an HMAC to find the operator by it.
/// </summary>
public sealed class TreasuryOperator
{
    public required Guid Id { get; init; }

    public required string UnitCode { get; init; }

    /// <summary>HMAC-SHA256 of the IIN under the service's key (see <c>PersonalDataProtector</c>).</summary>
    public required byte[] IinHmac { get; init; }

    /// <summary>The IIN, AES-GCM encrypted.</summary>
    public required byte[] IinEncrypted { get; set; }

    public required string Surname { get; set; }

    public required string Name { get; set; }

    public string? Patronymic { get; set; }

    public required string Email { get; set; }

    /// <summary>False once the operator is no longer configured; an inactive operator cannot log in.</summary>
    public bool IsActive { get; set; } = true;

    public required DateTimeOffset UpdatedAt { get; set; }
}
