using Kazynashylyk.Registration.Data;
using Kazynashylyk.Registration.Signatures;
using Kazynashylyk.ServiceDefaults.Security;

namespace Kazynashylyk.Registration.Login;

/// <summary>
/// Decides who a verified signer logs in as. Each way in is a candidate: an active operator of a unit; an active
/// system user whose bound certificate (when one is bound) is the one used; a pending system user (an applicant);
/// the first head of a registered client, by the certificate's first-head EKU and BIN. The requested role chooses
/// among them; without one, the first in <see cref="DefaultOrder"/> wins.
/// </summary>
public static class LoginRoleResolver
{
    /// <summary>The order of preference when the caller names no role.</summary>
    public static IReadOnlyList<string> DefaultOrder { get; } =
        [PlatformRoles.TreasuryOperator, PlatformRoles.ClientUser, PlatformRoles.Applicant, PlatformRoles.ClientHead];

    /// <summary>Every way the signer may log in, in <see cref="DefaultOrder"/>.</summary>
    public static IReadOnlyList<LoginCandidate> Candidates(LoginFacts facts, string? login = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var candidates = new List<LoginCandidate>();
        candidates.AddRange(facts.Operators
            .OrderBy(o => o.UnitCode, StringComparer.Ordinal)
            .Select(o => new LoginCandidate(PlatformRoles.TreasuryOperator, o.OperatorId, null, o.UnitCode)));

        var users = facts.Users.Where(u => login is null || u.Login == login).ToList();
        var active = users.Where(u => u.Status == SystemUserStatus.Active
            && (u.CertificateSerial is null
                || CertificateSerials.AreEqual(u.CertificateSerial, facts.CertificateSerial)));
        candidates.AddRange(Preferred(active, facts)
            .Select(u => new LoginCandidate(PlatformRoles.ClientUser, u.UserId, u.ClientBin, null)));
        candidates.AddRange(Preferred(users.Where(u => u.Status == SystemUserStatus.Pending), facts)
            .Select(u => new LoginCandidate(PlatformRoles.Applicant, u.UserId, u.ClientBin, null)));

        if (facts.IsFirstHeadCertificate && facts.CertificateClient is { } client
            && client.Bin == facts.CertificateBin)
        {
            candidates.Add(new LoginCandidate(PlatformRoles.ClientHead, client.ClientId, client.Bin, null));
        }

        return candidates;
    }

    /// <summary>The candidate to log in as, or null when the signer holds no (or not the requested) role.</summary>
    public static LoginCandidate? Resolve(LoginFacts facts, string? requestedRole, string? login = null)
    {
        var candidates = Candidates(facts, login);

        if (requestedRole is null)
        {
            return candidates.Count > 0 ? candidates[0] : null;
        }

        return candidates.FirstOrDefault(c => c.Role == requestedRole);
    }

    /// <summary>
    /// Among several users of one status, the one of the client the certificate names first, then the newest.
    /// </summary>
    private static IEnumerable<UserFact> Preferred(IEnumerable<UserFact> users, LoginFacts facts) =>
        users.OrderByDescending(u => u.ClientBin == facts.CertificateBin)
            .ThenByDescending(u => u.CreatedAt)
            .Take(1);
}
