namespace Kazynashylyk.DevelopmentCa;

/// <summary>What the issue command was asked to do.</summary>
public sealed record IssueArguments
{
    public required string Directory { get; init; }

    public required string CaPassword { get; init; }

    public required string Surname { get; init; }

    public required string Name { get; init; }

    public string? Patronymic { get; init; }

    public required string Iin { get; init; }

    public string? Bin { get; init; }

    public string? Organization { get; init; }

    public required string Role { get; init; }

    public string? NotBefore { get; init; }

    public string? NotAfter { get; init; }

    public required FileInfo Output { get; init; }

    public required string Password { get; init; }
}
