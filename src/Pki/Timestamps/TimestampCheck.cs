using Kazynashylyk.Pki.Certificates;

namespace Kazynashylyk.Pki.Timestamps;

/// <summary>The outcome of verifying a signature timestamp token.</summary>
public sealed record TimestampCheck
{
    public bool Valid => Problem is null;

    /// <summary>Why the token cannot be used, or null.</summary>
    public string? Problem { get; init; }

    public DateTimeOffset? GenTime { get; init; }

    public string? Policy { get; init; }

    public PkiCertificate? TsaCertificate { get; init; }
}
