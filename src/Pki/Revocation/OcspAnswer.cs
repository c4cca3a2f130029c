namespace Kazynashylyk.Pki.Revocation;

/// <summary>The verified content of an OCSP response for one certificate.</summary>
public sealed record OcspAnswer
{
    public required OcspAnswerKind Kind { get; init; }

    /// <summary>
    /// Why the answer is not definitive, when <see cref="Kind"/> is <see cref="OcspAnswerKind.NoAnswer"/>.
    /// </summary>
    public string? Problem { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public int? ReasonCode { get; init; }

    public DateTimeOffset? ProducedAt { get; init; }

    public DateTimeOffset? ThisUpdate { get; init; }

    public DateTimeOffset? NextUpdate { get; init; }

    /// <summary>The responder certificate's subject, when a delegated responder signed.</summary>
    public string? Responder { get; init; }

    internal static OcspAnswer None(string problem) => new() { Kind = OcspAnswerKind.NoAnswer, Problem = problem };
}
