namespace Kazynashylyk.Contracts.Signature;

/// <summary>The signer's certificate as the report shows it.</summary>
public sealed record CertificateReport
{
    public required string SerialNumber { get; init; }

    public required string Issuer { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset NotAfter { get; init; }

    public required IReadOnlyList<string> KeyUsage { get; init; }

    public required string Algorithm { get; init; }

    public IReadOnlyList<string> ExtendedKeyUsage { get; init; } = [];

    public string? Thumbprint { get; init; }
}
