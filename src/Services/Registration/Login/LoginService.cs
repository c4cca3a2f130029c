using System.Buffers.Text;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Registration.Data;
using Kazynashylyk.Registration.Http;
using Kazynashylyk.Registration.PersonalData;
using Kazynashylyk.Registration.Signatures;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Registration.Login;

/// <summary>
/// EDS login: takes the challenge (once), has the CMS over its nonce verified, finds who the signer is by the
/// IIN's HMAC and the certificate, and issues an access token for the chosen role.
/// </summary>
public sealed class LoginService(
    RegistrationDbContext db,
    LoginChallengeStore challenges,
    SignatureVerifier verifier,
    IinHasher iinHasher,
    AccessTokenIssuer tokens,
    ILogger<LoginService> logger)
{
    public async Task<Outcome<LoginResponse>> LoginAsync(
        Guid challengeId,
        string cms,
        string? role,
        string? login,
        CancellationToken cancellationToken)
    {
        var nonce = await challenges.TakeAsync(challengeId);
        if (nonce is null)
        {
            RegistrationLog.LoginRefused(logger, challengeId, "challenge");

            return Unauthorized(
                "The login challenge is not valid.",
                "The challenge is unknown, already used or expired; ask for a new one.");
        }

        var outcome = await verifier.VerifyAsync(cms, nonce, cancellationToken);
        var refusal = Refusal(outcome);
        if (refusal is not null)
        {
            RegistrationLog.LoginRefused(logger, challengeId, refusal.Title);

            return refusal;
        }

        var signer = outcome.Report!.Signers[0];
        if (signer.Subject?.Iin is not { } iin || signer.Certificate is null)
        {
            return NoRole("The certificate names no person (no IIN); log in with a personal certificate.");
        }

        var hmac = iinHasher.Hash(iin);
        var facts = await FactsAsync(hmac, signer, cancellationToken);
        var candidate = LoginRoleResolver.Resolve(facts, role, login);
        if (candidate is null)
        {
            RegistrationLog.LoginRefused(logger, challengeId, role ?? "no-role");

            return NoRole(role is null
                ? "The signer is neither a treasury operator, a system user nor the head of a registered client."
                : $"The signer does not hold the role '{role}'"
                    + (login is null ? "." : $" as the system user '{login}'."));
        }

        var token = tokens.Issue(candidate, Base64Url.EncodeToString(hmac), signer.Certificate.SerialNumber);
        RegistrationLog.LoggedIn(logger, candidate.Subject, candidate.Role, outcome.Report.ReportId);

        return token;
    }

    private async Task<LoginFacts> FactsAsync(byte[] hmac, SignerReport signer, CancellationToken cancellationToken)
    {
        var operators = await db.TreasuryOperators.AsNoTracking()
            .Where(o => o.IinHmac == hmac && o.IsActive)
            .Select(o => new OperatorFact(o.Id, o.UnitCode))
            .ToListAsync(cancellationToken);
        var users = await db.SystemUsers.AsNoTracking()
            .Where(u => u.IinHmac == hmac)
            .Join(db.Clients, u => u.ClientId, c => c.Id, (u, c) => new UserFact(
                u.Id, u.Login, u.Status, u.CertificateSerial, c.Bin, u.CreatedAt))
            .ToListAsync(cancellationToken);
        var bin = signer.Subject?.Bin;
        var client = bin is null
            ? null
            : await db.Clients.AsNoTracking()
                .Where(c => c.Bin == bin)
                .Select(c => new ClientFact(c.Id, c.Bin))
                .FirstOrDefaultAsync(cancellationToken);

        return new LoginFacts
        {
            CertificateSerial = signer.Certificate!.SerialNumber,
            CertificateBin = bin,
            IsFirstHeadCertificate = signer.Certificate.ExtendedKeyUsage.Contains(CertificateRoleOids.FirstHead),
            Operators = operators,
            Users = users,
            CertificateClient = client,
        };
    }

    private static Problem? Refusal(VerificationOutcome outcome)
    {
        if (outcome.IsUnavailable)
        {
            return Problem.Unavailable("The login signature was not verified; ask for a new challenge and try again.");
        }

        if (outcome.Rejection is { } rejection)
        {
            return Unauthorized("The login signature cannot be verified.", rejection.Detail,
                new Dictionary<string, object?> { ["reason"] = rejection.Reason });
        }

        var report = outcome.Report!;
        if (report.Indication != Indications.TotalPassed)
        {
            return Problem.NotPassed(
                StatusCodes.Status401Unauthorized, "The login signature did not pass verification.", report);
        }

        return report.Signers.Count == 1
            ? null
            : Unauthorized("The login signature has more than one signer.", "Sign the challenge alone.");
    }

    private static Problem Unauthorized(
        string title,
        string detail,
        IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(StatusCodes.Status401Unauthorized, title, detail, extensions);

    private static Problem NoRole(string detail) =>
        new(StatusCodes.Status403Forbidden, "The signer may not log in.", detail);
}
