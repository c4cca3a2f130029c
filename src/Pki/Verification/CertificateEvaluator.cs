using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Revocation;

namespace Kazynashylyk.Pki.Verification;

/// <summary>
/// Judges a signer's certificate at the validation time, in the order of the verdict table: chain, validity dates,
/// key usage, revocation. A revocation counts against a signature only when it is not proven to come later.
/// </summary>
internal sealed class CertificateEvaluator(ChainBuilder chains, RevocationChecker revocation)
{
    public async Task<CertificateVerdict> EvaluateAsync(
        PkiCertificate certificate,
        IReadOnlyList<PkiCertificate> carried,
        TrustStore store,
        DateTimeOffset validationTime,
        bool timeProven,
        RevocationOptions options,
        CancellationToken cancellationToken
    )
    {
        var chain = chains.Build(certificate, carried, store);
        if (!chain.Found)
        {
            return new(
                Indications.Indeterminate,
                SubIndications.NoCertificateChainFound,
                null,
                [$"CHAIN: {chain.Problem}"]
            );
        }

        if (!chain.Path.All(c => c.IsValidAt(validationTime)))
        {
            return new(
                Indications.Indeterminate,
                SubIndications.OutOfBoundsNoPoe,
                null,
                ["CERTIFICATE_NOT_VALID_AT_VALIDATION_TIME"]
            );
        }

        var usage = certificate.KeyUsageNames();
        if (usage.Count > 0 && !usage.Contains("digitalSignature") && !usage.Contains("nonRepudiation"))
        {
            return new(
                Indications.Indeterminate,
                SubIndications.ChainConstraintsFailure,
                null,
                ["KEY_USAGE_FORBIDS_SIGNING"]
            );
        }

        if (chain.Issuer is null)
        {
            return new(
                Indications.TotalPassed,
                null,
                new RevocationReport { Source = "none", Status = "good" },
                ["SELF_SIGNED_ANCHOR"]
            );
        }

        // Known limitation: only the signer's certificate is checked for revocation, not the issuing CAs, because
        // the NCA root's authority revocation list is not in the test pack and no production one is configured.
        var outcome = await revocation.CheckAsync(
            certificate,
            chain.Issuer,
            validationTime,
            options,
            cancellationToken
        );
        var report = outcome.ToReport();
        var warnings = outcome.Warnings.ToList();
        var answer = outcome.Answer;
        if (answer is null || answer.Status == RevocationStatus.Unknown)
        {
            return new(Indications.Indeterminate, SubIndications.TryLater, report, warnings);
        }

        if (answer.Status == RevocationStatus.Revoked)
        {
            if (answer.RevokedAt <= validationTime)
            {
                return timeProven
                    ? new(Indications.TotalFailed, SubIndications.Revoked, report, warnings)
                    : new(Indications.Indeterminate, SubIndications.RevokedNoPoe, report, warnings);
            }

            warnings.Add("REVOKED_AFTER_VALIDATION_TIME");
        }

        return new(Indications.TotalPassed, null, report, warnings);
    }
}
