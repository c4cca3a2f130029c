using Kazynashylyk.Registration.Data;

namespace Kazynashylyk.Registration.Tests;

public sealed class ApplicationStatusTests
{
    [Theory]
    [InlineData("awaiting-form-signature", "form-verified", true)]
    [InlineData("form-verified", "agreement-in-force", true)]
    [InlineData("agreement-signing", "agreement-drafted", false)]
    [InlineData("agreement-signing", "agreement-signing", false)]
    [InlineData("agreement-in-force", "active", true)]
    [InlineData("active", "agreement-signing", false)]
    [InlineData("expired", "agreement-drafted", false)]
    [InlineData("failed", "active", false)]
    public void CanAdvance_FromTo_Expected(string current, string next, bool expected)
    {
        Assert.Equal(expected, ApplicationStatus.CanAdvance(current, next));
    }
}
