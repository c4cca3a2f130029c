using Kazynashylyk.Agreements.Signing;

namespace Kazynashylyk.Agreements.Tests.Signing;

public sealed class AgreementAccessTests
{
    [Theory]
    [InlineData("applicant", "user")]
    [InlineData("client-user", "user")]
    [InlineData("client-head", "head")]
    [InlineData("treasury-operator", "treasury")]
    public void PartiesByRole_OneRole_ItsParty(string role, string party)
    {
        Assert.Equal([party], AgreementAccess.PartiesByRole(Samples.Caller(roles: role)));
    }

    [Fact]
    public void PartiesByRole_UnknownRole_None()
    {
        Assert.Empty(AgreementAccess.PartiesByRole(Samples.Caller(Samples.UserId, roles: "auditor")));
    }

    [Fact]
    public void CanSee_ApplicantWhoIsTheUser_True()
    {
        Assert.True(AgreementAccess.CanSee(Samples.Caller(Samples.UserId, roles: "applicant"), Samples.Agreement()));
    }

    [Fact]
    public void CanSee_AnotherApplicant_False()
    {
        Assert.False(AgreementAccess.CanSee(Samples.Caller(Guid.NewGuid(), roles: "applicant"), Samples.Agreement()));
    }

    [Fact]
    public void CanSee_TheUsersIdWithoutARole_False()
    {
        Assert.False(AgreementAccess.CanSee(Samples.Caller(Samples.UserId), Samples.Agreement()));
    }

    [Theory]
    [InlineData(Samples.Bin, true)]
    [InlineData("999999999999", false)]
    [InlineData(null, false)]
    public void CanSee_ClientHead_OnlyWithTheClientsBin(string? bin, bool expected)
    {
        var caller = Samples.Caller(Guid.NewGuid(), bin: bin, roles: "client-head");

        Assert.Equal(expected, AgreementAccess.CanSee(caller, Samples.Agreement()));
    }

    [Theory]
    [InlineData(Samples.UnitCode, true)]
    [InlineData("0202", false)]
    public void CanSee_TreasuryOperator_OnlyOfTheUnit(string unit, bool expected)
    {
        var caller = Samples.Caller(Guid.NewGuid(), unit: unit, roles: "treasury-operator");

        Assert.Equal(expected, AgreementAccess.CanSee(caller, Samples.Agreement()));
    }

    [Fact]
    public void CanSee_HeadRoleWithOperatorsUnitClaim_False()
    {
        var caller = Samples.Caller(Guid.NewGuid(), unit: Samples.UnitCode, roles: "client-head");

        Assert.False(AgreementAccess.CanSee(caller, Samples.Agreement()));
    }

    [Theory]
    [InlineData("head", "head")]
    [InlineData("user", "user")]
    [InlineData("treasury", "user")]
    [InlineData(null, "user")]
    public void SigningPartyOf_UserAndHeadRoles_AwaitedOneElseFirst(string? awaited, string expected)
    {
        var caller = Samples.Caller(Samples.UserId, roles: ["client-user", "client-head"]);

        Assert.Equal(expected, AgreementAccess.SigningPartyOf(caller, awaited));
    }

    [Fact]
    public void IsParty_UserWithAHeadRoleOfAnotherClient_VisibleButNotTheHead()
    {
        var caller = Samples.Caller(Samples.UserId, bin: "999999999999", roles: ["client-user", "client-head"]);
        var agreement = Samples.Agreement();

        Assert.True(AgreementAccess.CanSee(caller, agreement));
        Assert.False(AgreementAccess.IsParty(caller, "head", agreement));
    }

    [Fact]
    public void SigningPartyOf_NoSigningRole_Null()
    {
        Assert.Null(AgreementAccess.SigningPartyOf(Samples.Caller(Samples.UserId, roles: "auditor"), "user"));
    }
}
