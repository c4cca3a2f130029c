using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Agreements.Signing;

namespace Kazynashylyk.Agreements.Tests.Signing;

public sealed class SigningSequenceTests
{
    [Theory]
    [InlineData(AgreementStates.Draft, "user")]
    [InlineData(AgreementStates.SignedByUser, "head")]
    [InlineData(AgreementStates.SignedByHead, "treasury")]
    [InlineData(AgreementStates.InForce, null)]
    [InlineData(AgreementStates.Cancelled, null)]
    public void AwaitedParty_State_NextSigner(string state, string? expected)
    {
        Assert.Equal(expected, SigningSequence.AwaitedParty(state));
    }

    [Theory]
    [InlineData("user", AgreementStates.SignedByUser)]
    [InlineData("head", AgreementStates.SignedByHead)]
    [InlineData("treasury", AgreementStates.InForce)]
    public void StateAfter_Party_NextState(string party, string expected)
    {
        Assert.Equal(expected, SigningSequence.StateAfter(party));
    }

    [Fact]
    public void WhyNotNow_UserOnDraft_Null()
    {
        Assert.Null(SigningSequence.WhyNotNow(Samples.Agreement(), "user"));
    }

    [Fact]
    public void WhyNotNow_HeadOnDraft_SaysUserFirst()
    {
        Assert.Equal(
            "The agreement awaits the user's signature first; the head signs after it.",
            SigningSequence.WhyNotNow(Samples.Agreement(), "head"));
    }

    [Fact]
    public void WhyNotNow_UserAgainAfterSigning_SaysAlreadySignedAndAwaitsHead()
    {
        var agreement = Samples.Agreement(AgreementStates.SignedByUser, "user");

        Assert.Equal(
            "The user has already signed; the agreement awaits the head's signature.",
            SigningSequence.WhyNotNow(agreement, "user"));
    }

    [Fact]
    public void WhyNotNow_TreasuryAfterHead_Null()
    {
        var agreement = Samples.Agreement(AgreementStates.SignedByHead, "user", "head");

        Assert.Null(SigningSequence.WhyNotNow(agreement, "treasury"));
    }

    [Fact]
    public void WhyNotNow_Cancelled_SaysCancelledWithReason()
    {
        var agreement = Samples.Agreement(AgreementStates.Cancelled);
        agreement.CancelReason = "The onboarding expired.";

        Assert.Equal(
            "The agreement was cancelled (The onboarding expired.); it takes no more signatures.",
            SigningSequence.WhyNotNow(agreement, "user"));
    }

    [Fact]
    public void WhyNotNow_InForce_SaysEveryPartySigned()
    {
        var agreement = Samples.Agreement(AgreementStates.InForce, "user", "head", "treasury");

        Assert.Equal(
            "The agreement is in force: every party has signed it.",
            SigningSequence.WhyNotNow(agreement, "treasury"));
    }
}
