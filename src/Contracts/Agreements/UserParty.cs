namespace Kazynashylyk.Contracts.Agreements;

/// <summary>The system user an agreement is concluded for, with the role they are given.</summary>
public sealed record UserParty
{
    public required Guid UserId { get; init; }

    public required string Login { get; init; }

    public required string Surname { get; init; }

    public required string Name { get; init; }

    public string? Patronymic { get; init; }

    /// <summary>The individual identification number, 12 digits.</summary>
    public required string Iin { get; init; }

    public required string Position { get; init; }

    public required IdentityDocumentDetails IdentityDocument { get; init; }

    /// <summary>The role's code and name from the roles reference data.</summary>
    public required string RoleCode { get; init; }

    public required string RoleName { get; init; }
}
