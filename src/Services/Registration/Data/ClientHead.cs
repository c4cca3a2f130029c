namespace Kazynashylyk.Registration.Data;

/// <summary>The client's first head as its agreements name them.</summary>
public sealed class ClientHead
{
    public required string Surname { get; set; }

    public required string Name { get; set; }

    public string? Patronymic { get; set; }

    public required string Position { get; set; }

    public required string Email { get; set; }

    /// <summary>What the head acts on: the charter, an appointment order.</summary>
    public required string AuthorityBasis { get; set; }

    public string FullName => string.IsNullOrEmpty(Patronymic) ? $"{Surname} {Name}" : $"{Surname} {Name} {Patronymic}";
}
