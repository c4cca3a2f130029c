using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Contracts.Registration;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Agreements.Drafting;

/// <summary>
/// Closes the agreement of an onboarding that ended without an active user, keeping the reason every party can
/// read. An agreement already in force is left as it is: ending it takes a termination, not an onboarding's end.
/// </summary>
public sealed class AgreementCancellation(
    AgreementsDbContext db,
    TimeProvider time,
    ILogger<AgreementCancellation> logger)
{
    public const int MaxReasonLength = 1000;

    public async Task HandleAsync(OnboardingEnded ended, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ended);
        var agreements = db.Agreements.Where(a => a.OnboardingId == ended.OnboardingId);
        var agreement = ended.AgreementId is Guid agreementId
            ? await agreements.FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken)
            : await agreements.FirstOrDefaultAsync(a => a.Kind == AgreementKinds.EdsUse, cancellationToken);
        if (agreement is null)
        {
            // Known limitation: nothing is recorded for an onboarding that ended before its agreement was drafted,
            // because the row would have no document; a draft command arriving after the end would still draft.
            AgreementsLog.NothingToCancel(logger, ended.OnboardingId);
            return;
        }

        if (agreement.State is AgreementStates.InForce or AgreementStates.Cancelled)
        {
            AgreementsLog.NotCancelled(logger, agreement.Id, agreement.State, ended.OnboardingId);
            return;
        }

        var previous = agreement.State;
        var now = time.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(ended.Reason) ? ended.Outcome : ended.Reason.Trim();
        agreement.State = AgreementStates.Cancelled;
        agreement.CancelReason = reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength];
        agreement.CancelledAt = now;
        agreement.UpdatedAt = now;

        // A signature saved meanwhile changes xmin: this save then fails, the message is retried and sees it.
        await db.SaveChangesAsync(cancellationToken);
        AgreementsLog.Cancelled(logger, agreement.Id, previous, ended.OnboardingId, ended.Outcome);
    }
}
