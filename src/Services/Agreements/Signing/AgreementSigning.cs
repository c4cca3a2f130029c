using System.Security.Claims;
using System.Security.Cryptography;
using Kazynashylyk.Agreements.Agreements;
using Kazynashylyk.Agreements.Data;
using Kazynashylyk.BuildingBlocks.Outbox;
using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Contracts.Registration;
using Kazynashylyk.Contracts.Signature;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kazynashylyk.Agreements.Signing;

/// <summary>
/// Takes one party's signature on an agreement: turn, verification by the Signature service over the canonical
/// document, the signer's authority; then the signature, the new state and the events in one transaction. The
/// agreement row's <c>xmin</c> makes a concurrent change (another signature, a cancellation) win alone.
/// </summary>
public sealed class AgreementSigning(
    AgreementsDbContext db,
    IDurableOutbox outbox,
    IClientFactory clients,
    IOptions<AgreementsOptions> options,
    TimeProvider time,
    ILogger<AgreementSigning> logger)
{
    public async Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> SignAsync(
        Guid agreementId, ClaimsPrincipal caller, byte[] cms, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.Include(a => a.Signatures)
            .FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null || !AgreementAccess.CanSee(caller, agreement))
        {
            return AgreementProblems.NotFound(agreementId);
        }

        var party = AgreementAccess.SigningPartyOf(caller, SigningSequence.AwaitedParty(agreement.State))!;
        if (!AgreementAccess.IsParty(caller, party, agreement))
        {
            var refusal = new AuthorityRefusal(AuthorityRefusal.CallerNotParty,
                $"The caller's token does not name them as this agreement's {party}.");
            return AgreementProblems.NoAuthority(refusal, party, null);
        }

        if (SigningSequence.WhyNotNow(agreement, party) is { } outOfTurn)
        {
            return AgreementProblems.OutOfTurn(agreement, party, outOfTurn);
        }

        var (report, problem) = await VerifyAsync(agreement, party, cms, cancellationToken);
        if (report is null)
        {
            return problem!;
        }

        var signer = report.Signers[0];
        bool? isUnitOperator = null;
        if (party == AgreementPartyNames.Treasury)
        {
            (isUnitOperator, problem) = await CheckOperatorAsync(agreement, signer, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }
        }

        if (AuthorityCheck.Evaluate(party, signer, agreement, isUnitOperator) is { } noAuthority)
        {
            AgreementsLog.NoAuthority(logger, agreement.Id, party, report.ReportId, noAuthority.Reason);
            return AgreementProblems.NoAuthority(noAuthority, party, report.ReportId);
        }

        return await RecordAsync(agreement, party, report, signer, cms, cancellationToken);
    }

    private async Task<(VerificationReport? Report, ProblemHttpResult? Problem)> VerifyAsync(
        Agreement agreement, string party, byte[] cms, CancellationToken cancellationToken)
    {
        var client = clients.CreateRequestClient<VerifySignature>(
            BusAddresses.VerifySignature, options.Value.RequestTimeout);
        Response<VerificationReport, SignatureRejected> response;
        try
        {
            // The canonical document goes along as the content: a detached CMS is checked over it, and an attached
            // one over any other bytes is refused as a content conflict.
            response = await client.GetResponse<VerificationReport, SignatureRejected>(
                new VerifySignature
                {
                    VerificationId = NewId.NextGuid(),
                    Cms = Convert.ToBase64String(cms),
                    Content = Convert.ToBase64String(agreement.Document),
                    TrustStore = options.Value.TrustStore,
                },
                cancellationToken);
        }
        catch (Exception exception) when (exception is RequestTimeoutException or RequestFaultException)
        {
            AgreementsLog.Unavailable(logger, agreement.Id, party, "Signature", exception.GetType().Name);
            return (null, AgreementProblems.Unavailable("Signature", "The signature could not be verified now."));
        }

        if (response.Is(out Response<SignatureRejected>? rejected))
        {
            AgreementsLog.Rejected(logger, agreement.Id, party, rejected!.Message.Reason);
            return (null, AgreementProblems.Rejected(rejected.Message.Reason, rejected.Message.Detail));
        }

        response.Is(out Response<VerificationReport>? verified);
        var report = verified!.Message;
        if (report.Indication != Indications.TotalPassed)
        {
            AgreementsLog.NotPassed(logger, agreement.Id, party, report.ReportId, report.Indication,
                report.SubIndication);
            return (null, AgreementProblems.NotPassed(report.Indication, report.SubIndication, report.ReportId));
        }

        if (report.Signers.Count != 1)
        {
            AgreementsLog.Rejected(logger, agreement.Id, party, "signer-count");
            return (null, AgreementProblems.Rejected("signer-count",
                $"The CMS holds {report.Signers.Count} signers; a party signs alone, with one signer."));
        }

        return (report, null);
    }

    private async Task<(bool? IsOperator, ProblemHttpResult? Problem)> CheckOperatorAsync(
        Agreement agreement, SignerReport signer, CancellationToken cancellationToken)
    {
        if (signer.Subject?.Iin is not { } iin)
        {
            return (false, null);
        }

        var client = clients.CreateRequestClient<CheckTreasuryOperator>(
            BusAddresses.CheckTreasuryOperator, options.Value.RequestTimeout);
        try
        {
            var answer = await client.GetResponse<TreasuryOperatorChecked>(
                new CheckTreasuryOperator { UnitCode = agreement.UnitCode, Iin = iin }, cancellationToken);

            return (answer.Message.IsOperator && answer.Message.UnitCode == agreement.UnitCode, null);
        }
        catch (Exception exception) when (exception is RequestTimeoutException or RequestFaultException)
        {
            AgreementsLog.Unavailable(logger, agreement.Id, AgreementPartyNames.Treasury, "Registration",
                exception.GetType().Name);
            return (null, AgreementProblems.Unavailable("Registration",
                "Whether the signer is an operator of the unit could not be checked now."));
        }
    }

    private async Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> RecordAsync(
        Agreement agreement,
        string party,
        VerificationReport report,
        SignerReport signer,
        byte[] cms,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cmsSha256 = Convert.ToHexStringLower(SHA256.HashData(cms));
        var signature = new AgreementSignature
        {
            AgreementId = agreement.Id,
            Party = party,
            ReportId = report.ReportId,
            CertificateSerial = signer.Certificate?.SerialNumber ?? string.Empty,
            SignerBin = signer.Subject?.Bin,
            SignerRoleOids = [.. signer.Certificate?.ExtendedKeyUsage ?? []],
            SignedAt = now,
            Cms = Convert.ToBase64String(cms),
            CmsSha256 = cmsSha256,
        };
        db.Signatures.Add(signature);
        agreement.State = SigningSequence.StateAfter(party);
        agreement.UpdatedAt = now;
        await outbox.PublishEndpoint.Publish(
            new AgreementSigned
            {
                OnboardingId = agreement.OnboardingId,
                AgreementId = agreement.Id,
                Party = party,
                ReportId = report.ReportId,
                CertificateSerial = signature.CertificateSerial,
                SignedAt = now,
            },
            cancellationToken);
        if (agreement.State == AgreementStates.InForce)
        {
            agreement.InForceFrom = now;
            await outbox.PublishEndpoint.Publish(
                new AgreementConcluded
                {
                    OnboardingId = agreement.OnboardingId,
                    AgreementId = agreement.Id,
                    JournalNumber = agreement.JournalNumber,
                    UserId = agreement.UserId,
                    UserCertificateSerial = agreement.Signatures
                        .Single(s => s.Party == AgreementPartyNames.User).CertificateSerial,
                    ConcludedAt = now,
                },
                cancellationToken);
        }

        try
        {
            await outbox.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException
            || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            AgreementsLog.ChangedConcurrently(logger, agreement.Id, party);
            return AgreementProblems.ChangedConcurrently(party);
        }

        AgreementsLog.Signed(logger, agreement.Id, party, report.ReportId, cmsSha256, agreement.State);
        if (agreement.InForceFrom is { } inForceFrom)
        {
            AgreementsLog.Concluded(logger, agreement.Id, inForceFrom);
        }

        return TypedResults.Ok(AgreementResponse.From(agreement));
    }
}
