using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Agreements.Documents;
using Kazynashylyk.Agreements.Journals;
using Kazynashylyk.Contracts.Agreements;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Agreements.Drafting;

/// <summary>
/// Drafts the agreement a <see cref="DraftAgreement"/> asks for. Runs inside the consume transaction: the journal
/// number, the agreement row, the inbox record and the published outcome commit together, so a rolled-back attempt
/// gives its number back and a committed one never gives it twice.
/// </summary>
public sealed class AgreementDrafting(
    AgreementsDbContext db,
    JournalNumberAllocator journal,
    TimeProvider time,
    ILogger<AgreementDrafting> logger)
{
    public async Task HandleAsync(ConsumeContext<DraftAgreement> context)
    {
        var command = context.Message;
        var cancellationToken = context.CancellationToken;

        // The inbox drops a redelivered message; this also covers the same command sent twice under two ids.
        if (await db.Agreements.AnyAsync(a => a.Id == command.AgreementId, cancellationToken))
        {
            AgreementsLog.DraftRepeated(logger, command.AgreementId);
            return;
        }

        var now = time.GetUtcNow();
        var date = AlmatyDate.Of(now);
        var problems = PartiesValidator.Validate(command, date);
        if (problems.Count == 0)
        {
            var existing = await db.Agreements
                .Where(a => a.OnboardingId == command.OnboardingId && a.Kind == AgreementKinds.EdsUse)
                .Select(a => (Guid?)a.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (existing is Guid other)
            {
                problems = [$"The onboarding already has the agreement {other}."];
            }
        }

        if (problems.Count > 0)
        {
            var reason = string.Join(" ", problems);
            AgreementsLog.DraftRefused(logger, command.AgreementId, command.OnboardingId, reason);
            await context.Publish(new AgreementDraftRefused
            {
                OnboardingId = command.OnboardingId,
                AgreementId = command.AgreementId,
                Reason = reason,
            });

            return;
        }

        var parties = command.Parties;
        var unitCode = parties.Treasury.UnitCode.Trim();
        var number = await journal.NextAsync(unitCode, date.Year, cancellationToken);
        var document = AgreementDocumentFactory.CreateEdsUse(parties, number.ToString(), date);
        var bytes = AgreementDocumentSerializer.ToCanonicalBytes(document);
        var agreement = new Agreement
        {
            Id = command.AgreementId,
            Kind = AgreementKinds.EdsUse,
            OnboardingId = command.OnboardingId,
            JournalNumber = document.JournalNumber,
            Place = document.Place,
            Date = date,
            UnitCode = unitCode,
            ClientId = parties.Client.ClientId,
            Bin = parties.Client.Bin,
            UserId = parties.User.UserId,
            UserIin = parties.User.Iin,
            Document = bytes,
            DocumentSha256 = AgreementDocumentSerializer.Sha256Of(bytes),
            State = AgreementStates.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Agreements.Add(agreement);

        // A concurrent copy of the command fails here on the key, is retried, and finds the row above.
        await db.SaveChangesAsync(cancellationToken);
        await context.Publish(new AgreementDrafted
        {
            OnboardingId = agreement.OnboardingId,
            AgreementId = agreement.Id,
            JournalNumber = agreement.JournalNumber,
            DraftedAt = now,
        });
        AgreementsLog.Drafted(logger, agreement.Id, agreement.OnboardingId, agreement.JournalNumber,
            agreement.DocumentSha256);
    }
}
