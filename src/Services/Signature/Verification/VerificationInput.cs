namespace Kazynashylyk.Signature.Verification;

/// <summary>A verification the service was asked for, already decoded.</summary>
public sealed record VerificationInput(
    byte[] Cms,
    byte[]? Content,
    string TrustStore,
    DateTimeOffset? AssertedTime);
