using System.Text.Json;
using Kazynashylyk.BuildingBlocks.Outbox;
using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Contracts.Registration;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Registration.Data;
using Kazynashylyk.Registration.Http;
using Kazynashylyk.Registration.PersonalData;
using Kazynashylyk.Registration.Signatures;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Registration.Registrations;

/// <summary>
/// Accepts the user's signature on their registration form: verified by the Signature service, made by the user
/// (the signer's IIN is theirs) with a certificate that qualifies for the user's role. Then, in one transaction,
/// the application becomes form-verified and <see cref="RegistrationFormVerified"/> carries the agreement's parties.
/// </summary>
public sealed class FormSignatureService(
    RegistrationDbContext db,
    IDurableOutbox outbox,
    SignatureVerifier verifier,
    PersonalDataProtector protector,
    TimeProvider time,
    ILogger<FormSignatureService> logger)
{
    public async Task<Outcome<FormSignatureResponse>> SignAsync(
        Guid applicationId,
        string cms,
        CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return RegistrationProblems.NoApplication(applicationId);
        }

        if (application.Status != ApplicationStatus.AwaitingFormSignature)
        {
            return NotAwaiting(application.Status);
        }

        var user = await db.SystemUsers.AsNoTracking().SingleAsync(u => u.Id == application.UserId, cancellationToken);
        if (user.Status != SystemUserStatus.Pending)
        {
            // The user was closed by an operator or the client's head while the registration waited.
            return Problem.Conflict(
                "The registered user is closed.",
                $"The system user is {user.Status}; only a pending user's registration form can be signed.",
                new Dictionary<string, object?> { ["userStatus"] = user.Status });
        }

        var role = await db.Roles.AsNoTracking().SingleAsync(r => r.Code == user.RoleCode, cancellationToken);
        var form = protector.Unprotect(application.FormEncrypted, DataPurposes.RegistrationForm(application.Id));
        var outcome = await verifier.VerifyAsync(cms, form, cancellationToken);
        var iin = protector.UnprotectString(user.IinEncrypted, DataPurposes.UserIin(user.Id));
        var refusal = Refusal(outcome, iin, role, out var signer);
        if (refusal is not null)
        {
            RegistrationLog.FormSignatureRefused(logger, application.Id, refusal.Status, refusal.Title);

            return refusal;
        }

        var now = time.GetUtcNow();
        var report = outcome.Report!;
        application.FormReportId = report.ReportId;
        application.Status = ApplicationStatus.FormVerified;
        application.FormVerifiedAt = now;
        application.UpdatedAt = now;
        await outbox.PublishEndpoint.Publish(new RegistrationFormVerified
        {
            OnboardingId = application.Id,
            UserId = user.Id,
            ReportId = report.ReportId,
            TermsVersion = application.TermsVersion,
            Parties = await PartiesAsync(application, user, role, iin, cancellationToken),
            VerifiedAt = now,
        }, cancellationToken);

        try
        {
            await outbox.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another signature of the same form was accepted while this one was being verified.
            return NotAwaiting(ApplicationStatus.FormVerified);
        }

        RegistrationLog.FormVerified(logger, application.Id, report.ReportId, signer!.Certificate?.SerialNumber);

        return new FormSignatureResponse(application.Id, application.Status, report.ReportId);
    }

    private static Problem? Refusal(VerificationOutcome outcome, string iin, Role role, out SignerReport? signer)
    {
        signer = null;
        if (outcome.IsUnavailable)
        {
            return Problem.Unavailable("The form's signature was not verified; nothing changed. Try again later.");
        }

        if (outcome.Rejection is { } rejection)
        {
            return RegistrationProblems.Unverifiable(rejection);
        }

        var report = outcome.Report!;
        if (report.Indication != Indications.TotalPassed)
        {
            return RegistrationProblems.NotPassed(report);
        }

        signer = report.Signers.FirstOrDefault(s => s.Subject?.Iin == iin);
        if (signer is null)
        {
            return RegistrationProblems.Forbidden(
                "signer-not-user", "The form was not signed by the user it registers.", report.ReportId);
        }

        return role.IsQualifiedBy(signer.Certificate?.ExtendedKeyUsage ?? [])
            ? null
            : RegistrationProblems.Forbidden(
                "certificate-not-qualified",
                $"The certificate carries none of the extended key usages that qualify for the role '{role.Code}'.",
                report.ReportId);
    }

    private async Task<AgreementParties> PartiesAsync(
        RegistrationApplication application,
        SystemUser user,
        Role role,
        string iin,
        CancellationToken cancellationToken)
    {
        var unit = await db.TerritorialUnits.AsNoTracking()
            .SingleAsync(u => u.Code == application.UnitCode, cancellationToken);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == application.ClientId, cancellationToken);
        var document = JsonSerializer.Deserialize<IdentityDocumentDetails>(
            protector.Unprotect(user.IdentityDocumentEncrypted, DataPurposes.UserIdentityDocument(user.Id)))!;

        return AgreementPartiesFactory.Create(unit, client, user, role, iin, document);
    }

    private static Problem NotAwaiting(string status) => Problem.Conflict(
        "The registration form is not awaiting a signature.",
        $"The application is {status}; the form can be signed only while it is awaiting-form-signature.",
        new Dictionary<string, object?> { ["applicationStatus"] = status });
}
