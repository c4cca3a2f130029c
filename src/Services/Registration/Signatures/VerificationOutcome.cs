using Kazynashylyk.Contracts.Signature;

namespace Kazynashylyk.Registration.Signatures;

/// <summary>What became of a verification request: a report, a rejection of the input, or no answer in time.</summary>
public sealed record VerificationOutcome(VerificationReport? Report, SignatureRejected? Rejection)
{
    public bool IsUnavailable => Report is null && Rejection is null;

    public static VerificationOutcome Verified(VerificationReport report) => new(report, null);

    public static VerificationOutcome Rejected(SignatureRejected rejection) => new(null, rejection);

    public static VerificationOutcome Unavailable() => new(null, null);
}
