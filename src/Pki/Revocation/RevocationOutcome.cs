using Kazynashylyk.Contracts.Signature;

namespace Kazynashylyk.Pki.Revocation;

/// <summary>The revocation verdict input: the answer used (null when none) and what went wrong on the way.</summary>
/// <param name="Answer">The definitive or unknown answer, or null when no source answered.</param>
/// <param name="Warnings">Problems met with the sources (for the report).</param>
public sealed record RevocationOutcome(RevocationAnswer? Answer, IReadOnlyList<string> Warnings)
{
    /// <summary>The report's view of the outcome.</summary>
    public RevocationReport ToReport()
    {
        if (Answer is null)
        {
            return new RevocationReport { Source = "none", Status = "unknown" };
        }

        return new RevocationReport
        {
            Source = Answer.Source,
            Status = Answer.Status switch
            {
                RevocationStatus.Good => "good",
                RevocationStatus.Revoked => "revoked",
                _ => "unknown",
            },
            Reason = Answer.ReasonCode is { } code ? CrlReasons.Name(code) : null,
            RevokedAt = Answer.RevokedAt,
            CrlNumber = Answer.CrlNumber,
            ThisUpdate = Answer.ThisUpdate,
            NextUpdate = Answer.NextUpdate,
        };
    }
}
