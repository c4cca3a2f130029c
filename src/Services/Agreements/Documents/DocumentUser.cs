namespace Kazynashylyk.Agreements.Documents;

/// <summary>The system user as the document names them, with their identity document and the role given.</summary>
public sealed record DocumentUser
{
    public required string Login { get; init; }

    public required string Surname { get; init; }

    public required string Name { get; init; }

    /// <summary>Absent from the JSON when the user has none.</summary>
    public string? Patronymic { get; init; }

    public required string Iin { get; init; }

    public required string Position { get; init; }

    public required DocumentIdentity IdentityDocument { get; init; }

    public required DocumentRole Role { get; init; }

    /// <summary>Surname, name and patronymic, as the texts write them.</summary>
    public string FullName() =>
        Patronymic is { Length: > 0 } patronymic ? $"{Surname} {Name} {patronymic}" : $"{Surname} {Name}";
}
