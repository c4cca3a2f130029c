using Kazynashylyk.Registration.Login;
using Kazynashylyk.ServiceDefaults.Security;

namespace Kazynashylyk.Registration.Tests;

public sealed class LoginRoleResolverTests
{
    private static readonly Guid OperatorId = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid ActiveUserId = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid PendingUserId = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid ClientId = Guid.Parse("00000000-0000-0000-0000-00000000000d");
    private static readonly DateTimeOffset Created = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Resolve_EveryRoleHeldAndNoneRequested_OperatorFirst()
    {
        var candidate = LoginRoleResolver.Resolve(Everything(), requestedRole: null);

        Assert.Equal(new LoginCandidate(PlatformRoles.TreasuryOperator, OperatorId, null, "1001"), candidate);
    }

    [Fact]
    public void Candidates_EveryRoleHeld_InTheDefaultOrder()
    {
        var roles = LoginRoleResolver.Candidates(Everything()).Select(c => c.Role);

        Assert.Equal(
            [
                PlatformRoles.TreasuryOperator, PlatformRoles.ClientUser, PlatformRoles.Applicant,
                PlatformRoles.ClientHead,
            ],
            roles);
    }

    [Theory]
    [InlineData(PlatformRoles.ClientUser, "00000000-0000-0000-0000-00000000000b", "123456789021")]
    [InlineData(PlatformRoles.Applicant, "00000000-0000-0000-0000-00000000000c", "123456789021")]
    [InlineData(PlatformRoles.ClientHead, "00000000-0000-0000-0000-00000000000d", "123456789021")]
    public void Resolve_RoleRequested_ThatRole(string role, string subject, string bin)
    {
        var candidate = LoginRoleResolver.Resolve(Everything(), role);

        Assert.Equal(new LoginCandidate(role, Guid.Parse(subject), bin, null), candidate);
    }

    [Fact]
    public void Resolve_ActiveUserBoundToAnotherCertificate_NotAClientUser()
    {
        var facts = Facts(users: [User(ActiveUserId, "active", serial: "0ABC")]) with { CertificateSerial = "1234" };

        Assert.Null(LoginRoleResolver.Resolve(facts, requestedRole: null));
    }

    [Fact]
    public void Resolve_ActiveUserBoundSerialDiffersOnlyInCaseAndLeadingZeros_ClientUser()
    {
        var facts = Facts(users: [User(ActiveUserId, "active", serial: "00ab12")]) with { CertificateSerial = "AB12" };

        Assert.Equal(PlatformRoles.ClientUser, LoginRoleResolver.Resolve(facts, null)?.Role);
    }

    [Fact]
    public void Resolve_ActiveUserWithNoBoundCertificate_ClientUser()
    {
        var facts = Facts(users: [User(ActiveUserId, "active", serial: null)]);

        Assert.Equal(ActiveUserId, LoginRoleResolver.Resolve(facts, null)?.Subject);
    }

    [Theory]
    [InlineData("temporarily-closed")]
    [InlineData("closed-erroneous")]
    public void Resolve_ClosedUserOnly_Nobody(string status)
    {
        Assert.Null(LoginRoleResolver.Resolve(Facts(users: [User(ActiveUserId, status, null)]), null));
    }

    [Fact]
    public void Resolve_FirstHeadCertificateOfAnUnregisteredBin_Nobody()
    {
        var facts = Facts() with { IsFirstHeadCertificate = true, CertificateClient = null };

        Assert.Null(LoginRoleResolver.Resolve(facts, null));
    }

    [Fact]
    public void Resolve_RegisteredBinWithoutFirstHeadEku_NotAHead()
    {
        var facts = Facts() with { IsFirstHeadCertificate = false, CertificateClient = new(ClientId, "123456789021") };

        Assert.Null(LoginRoleResolver.Resolve(facts, null));
    }

    [Fact]
    public void Resolve_RoleRequestedButNotHeld_Nobody()
    {
        var facts = Facts(users: [User(PendingUserId, "pending", null)]);

        Assert.Null(LoginRoleResolver.Resolve(facts, PlatformRoles.TreasuryOperator));
    }

    [Fact]
    public void Resolve_TwoPendingUsers_TheOneOfTheCertificatesClientBeforeTheNewer()
    {
        var other = new UserFact(Guid.NewGuid(), "newer", "pending", null, "999999999999", Created.AddDays(1));
        var facts = Facts(users: [other, User(PendingUserId, "pending", null)]);

        Assert.Equal(PendingUserId, LoginRoleResolver.Resolve(facts, null)?.Subject);
    }

    [Fact]
    public void Resolve_TwoPendingUsersOfOtherClients_TheNewer()
    {
        var older = new UserFact(Guid.NewGuid(), "older", "pending", null, "111111111111", Created);
        var newer = new UserFact(Guid.NewGuid(), "newer", "pending", null, "222222222222", Created.AddHours(1));

        Assert.Equal(newer.UserId, LoginRoleResolver.Resolve(Facts(users: [older, newer]), null)?.Subject);
    }

    [Fact]
    public void Resolve_LoginNamed_OnlyThatUser()
    {
        var older = new UserFact(Guid.NewGuid(), "older", "pending", null, "111111111111", Created);
        var newer = new UserFact(Guid.NewGuid(), "newer", "pending", null, "222222222222", Created.AddHours(1));

        Assert.Equal(older.UserId, LoginRoleResolver.Resolve(Facts(users: [older, newer]), null, "older")?.Subject);
        Assert.Null(LoginRoleResolver.Resolve(Facts(users: [older, newer]), null, "nobody"));
    }

    private static LoginFacts Everything() => Facts(
        operators: [new OperatorFact(OperatorId, "1001")],
        users: [User(ActiveUserId, "active", "AB12"), User(PendingUserId, "pending", null)]) with
    {
        IsFirstHeadCertificate = true,
        CertificateClient = new ClientFact(ClientId, "123456789021"),
    };

    private static LoginFacts Facts(
        IReadOnlyList<OperatorFact>? operators = null,
        IReadOnlyList<UserFact>? users = null) =>
        new()
        {
            CertificateSerial = "AB12",
            CertificateBin = "123456789021",
            Operators = operators ?? [],
            Users = users ?? [],
        };

    private static UserFact User(Guid id, string status, string? serial) =>
        new(id, $"user-{id:N}", status, serial, "123456789021", Created);
}
