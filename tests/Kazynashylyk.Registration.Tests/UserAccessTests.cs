using System.Security.Claims;
using Kazynashylyk.Registration.Users;
using Kazynashylyk.ServiceDefaults.Security;

namespace Kazynashylyk.Registration.Tests;

public sealed class UserAccessTests
{
    private static readonly Guid UserId = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

    [Theory]
    [InlineData(PlatformRoles.Applicant, "00000000-0000-0000-0000-0000000000aa", null, null, true)]
    [InlineData(PlatformRoles.ClientUser, "00000000-0000-0000-0000-0000000000aa", null, null, true)]
    [InlineData(PlatformRoles.ClientUser, "00000000-0000-0000-0000-0000000000bb", null, null, false)]
    [InlineData(PlatformRoles.ClientHead, "00000000-0000-0000-0000-0000000000cc", "123456789021", null, true)]
    [InlineData(PlatformRoles.ClientHead, "00000000-0000-0000-0000-0000000000cc", "999999999999", null, false)]
    [InlineData(PlatformRoles.TreasuryOperator, "00000000-0000-0000-0000-0000000000dd", null, "1001", true)]
    [InlineData(PlatformRoles.TreasuryOperator, "00000000-0000-0000-0000-0000000000dd", null, "2002", false)]
    [InlineData("someone", "00000000-0000-0000-0000-0000000000aa", null, null, false)]
    public void MaySee_Caller_Expected(string role, string subject, string? bin, string? unit, bool expected)
    {
        var claims = new List<Claim> { new(PlatformJwt.RoleClaim, role), new(PlatformJwt.UserIdClaim, subject) };
        if (bin is not null)
        {
            claims.Add(new Claim(PlatformJwt.BinClaim, bin));
        }

        if (unit is not null)
        {
            claims.Add(new Claim(PlatformJwt.UnitClaim, unit));
        }

        var caller = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));

        Assert.Equal(expected, UserAccess.MaySee(caller, View()));
    }

    private static UserView View() => new(
        new SystemUserResponse(
            UserId, Guid.NewGuid(), "aset.n", "ТЕСТТОВ", "ТЕСТТ", null, "Бухгалтер", "user@client.test", "ru",
            "pending", "preparer", "Құжаттарды дайындаушы", "Исполнитель", null,
            new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), null),
        "123456789021",
        ["1001"]);
}
