namespace Kazynashylyk.Verifier;

/// <summary>What the verifier was asked to check.</summary>
public sealed record VerifyArguments
{
    public required FileInfo Cms { get; init; }

    public FileInfo? Content { get; init; }

    public DateTimeOffset? At { get; init; }

    public string TrustStore { get; init; } = "production";

    public IReadOnlyList<FileInfo> Crls { get; init; } = [];

    public IReadOnlyList<FileInfo> OcspResponses { get; init; } = [];

    public bool Offline { get; init; }

    /// <summary>URL prefix to mirror prefix, as "PREFIX=REPLACEMENT" pairs separated by ';'.</summary>
    public string? Mirrors { get; init; }
}
