using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Contracts.Registration;
using Kazynashylyk.Registration.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Registration.Lifecycle;

/// <summary>
/// Follows an onboarding on the registration's side: the application's status, agreement id and journal number as
/// the agreement progresses, the user's activation, and the end of an onboarding that failed or expired. Runs in
/// the consume transaction, so a change and what it publishes commit together. Events may come twice or out of
/// order: an application only moves forward, and a final state is never left.
/// </summary>
public sealed class ApplicationLifecycle(
    RegistrationDbContext db,
    TimeProvider time,
    ILogger<ApplicationLifecycle> logger)
{
    public async Task AgreementDraftedAsync(ConsumeContext<AgreementDrafted> context)
    {
        var message = context.Message;
        await AdvanceAsync(message.OnboardingId, ApplicationStatus.AgreementDrafted, message.AgreementId,
            message.JournalNumber, context.CancellationToken);
    }

    public async Task AgreementSignedAsync(ConsumeContext<AgreementSigned> context)
    {
        var message = context.Message;
        await AdvanceAsync(message.OnboardingId, ApplicationStatus.AgreementSigning, message.AgreementId, null,
            context.CancellationToken);
    }

    public async Task AgreementConcludedAsync(ConsumeContext<AgreementConcluded> context)
    {
        var message = context.Message;
        await AdvanceAsync(message.OnboardingId, ApplicationStatus.AgreementInForce, message.AgreementId,
            message.JournalNumber, context.CancellationToken);
    }

    public async Task ActivateAsync(ConsumeContext<ActivateSystemUser> context)
    {
        var message = context.Message;
        var user = await db.SystemUsers.FirstOrDefaultAsync(u => u.Id == message.UserId, context.CancellationToken);
        var application = await db.Applications
            .FirstOrDefaultAsync(a => a.Id == message.OnboardingId, context.CancellationToken);
        if (user is null || application is null || application.UserId != user.Id)
        {
            RegistrationLog.ActivationUnknown(logger, message.OnboardingId, message.UserId);

            return;
        }

        var now = time.GetUtcNow();
        if (user.Status == SystemUserStatus.Pending)
        {
            user.Status = SystemUserStatus.Active;
            user.CertificateSerial = message.CertificateSerial;
            user.ActivatedAt = now;
            user.UpdatedAt = now;
            RegistrationLog.UserActivated(logger, user.Id, message.OnboardingId, message.AgreementId);
        }
        else if (user.Status != SystemUserStatus.Active)
        {
            RegistrationLog.ActivationRefused(logger, user.Id, message.OnboardingId, user.Status);

            return;
        }

        Advance(application, ApplicationStatus.Active, message.AgreementId, message.JournalNumber, now);

        // Also for a user already active: the command was repeated because the answer was not seen.
        await context.Publish(new SystemUserActivated
        {
            OnboardingId = message.OnboardingId,
            UserId = user.Id,
            AgreementId = message.AgreementId,
            ActivatedAt = user.ActivatedAt ?? now,
        });
    }

    public async Task EndAsync(ConsumeContext<OnboardingEnded> context)
    {
        var message = context.Message;
        var application = await db.Applications
            .FirstOrDefaultAsync(a => a.Id == message.OnboardingId, context.CancellationToken);
        if (application is null || ApplicationStatus.IsFinal(application.Status))
        {
            return;
        }

        var now = time.GetUtcNow();
        application.Status = message.Outcome == ApplicationStatus.Expired
            ? ApplicationStatus.Expired
            : ApplicationStatus.Failed;
        application.FailureReason = message.Reason.Length <= 1000 ? message.Reason : message.Reason[..1000];
        application.AgreementId ??= message.AgreementId;
        application.UpdatedAt = now;

        var user = await db.SystemUsers.FirstOrDefaultAsync(u => u.Id == application.UserId, context.CancellationToken);
        if (user is { Status: SystemUserStatus.Pending })
        {
            user.Status = SystemUserStatus.ClosedErroneous;
            user.ClosedAt = now;
            user.UpdatedAt = now;
        }

        RegistrationLog.ApplicationEnded(logger, application.Id, application.Status);
    }

    private async Task AdvanceAsync(
        Guid onboardingId,
        string status,
        Guid agreementId,
        string? journalNumber,
        CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == onboardingId, cancellationToken);
        if (application is null)
        {
            // Agreements of other processes (a key renewal) carry no registration's id.
            return;
        }

        Advance(application, status, agreementId, journalNumber, time.GetUtcNow());
    }

    private void Advance(
        RegistrationApplication application,
        string status,
        Guid agreementId,
        string? journalNumber,
        DateTimeOffset now)
    {
        if (!ApplicationStatus.IsFinal(application.Status))
        {
            application.AgreementId ??= agreementId;
            application.JournalNumber ??= journalNumber;
        }

        if (!ApplicationStatus.CanAdvance(application.Status, status))
        {
            return;
        }

        var previous = application.Status;
        application.Status = status;
        application.UpdatedAt = now;
        RegistrationLog.ApplicationAdvanced(logger, application.Id, previous, status);
    }
}
