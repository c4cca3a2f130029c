namespace Kazynashylyk.Contracts.Signature;

/// <summary>The answer to <see cref="VerifySignature"/> when the input cannot be verified at all.</summary>
public sealed record SignatureRejected
{
    public required Guid VerificationId { get; init; }

    /// <summary>What kind of problem: a field name for a malformed request, else the engine's reason.</summary>
    public required string Reason { get; init; }

    /// <summary>The problem in words a person can act on.</summary>
    public required string Detail { get; init; }
}
