namespace Kazynashylyk.Signature.Verification;

/// <summary>
/// The explicit forensic option of the verification API: judge the signature as of <see cref="At"/>, as a court
/// checking an old signature would. The report then says the time was asserted, not proven.
/// </summary>
public sealed record ForensicBody
{
    public DateTimeOffset? At { get; init; }
}
