namespace Kazynashylyk.Registration.Data;

/// <summary>
/// A natural person acting for a client in the Treasury-Client system. The IIN and the identity document are
/// kept AES-GCM encrypted; <see cref="IinHmac"/> finds a user by IIN without decrypting anything.
/// </summary>
public sealed class SystemUser
{
    public required Guid Id { get; init; }

    public required Guid ClientId { get; init; }

    /// <summary>The login, lower case; unique.</summary>
    public required string Login { get; init; }

    /// <summary>HMAC-SHA256 of the IIN under the service's key.</summary>
    public required byte[] IinHmac { get; init; }

    public required byte[] IinEncrypted { get; set; }

    public required string Surname { get; set; }

    public required string Name { get; set; }

    public string? Patronymic { get; set; }

    public required string Position { get; set; }

    public required string Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>"kk" or "ru".</summary>
    public required string Language { get; set; }

    /// <summary>The code of the user's <see cref="Role"/>.</summary>
    public required string RoleCode { get; set; }

    /// <summary>The identity document (<c>IdentityDocument</c> as JSON), AES-GCM encrypted.</summary>
    public required byte[] IdentityDocumentEncrypted { get; set; }

    /// <summary>See <see cref="SystemUserStatus"/>.</summary>
    public required string Status { get; set; }

    /// <summary>The serial (hex) of the certificate bound on activation; only it logs the user in.</summary>
    public string? CertificateSerial { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ActivatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>: a concurrent change makes the later save fail instead of overwrite.</summary>
    public uint Version { get; set; }
}
