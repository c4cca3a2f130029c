using Kazynashylyk.Registration.Onboarding;

namespace Kazynashylyk.Onboarding.Tests;

public sealed class OnboardingIdsTests
{
    private static readonly Guid Onboarding = Guid.Parse("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");

    [Fact]
    public void AgreementOf_SameOnboarding_SameIdEveryTime()
    {
        Assert.Equal(OnboardingIds.AgreementOf(Onboarding), OnboardingIds.AgreementOf(Onboarding));
        Assert.NotEqual(OnboardingIds.AgreementOf(Onboarding), OnboardingIds.AgreementOf(Guid.NewGuid()));
    }

    [Fact]
    public void AgreementOf_Onboarding_IsSha256OfTheNameWithVersionAndVariantBits()
    {
        var id = OnboardingIds.AgreementOf(Onboarding).ToString("D");

        // SHA-256("agreement:0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"), first 16 bytes, version 8, RFC variant.
        var expected = System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes("agreement:0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"))[..16];
        expected[6] = (byte)((expected[6] & 0x0F) | 0x80);
        expected[8] = (byte)((expected[8] & 0x3F) | 0x80);
        Assert.Equal(Convert.ToHexStringLower(expected), id.Replace("-", string.Empty, StringComparison.Ordinal));
        Assert.Equal('8', id[14]);
        Assert.Contains(id[19], "89ab");
    }

    [Fact]
    public void NotificationOf_DifferentPurposes_DifferentIds()
    {
        var ids = new[]
        {
            OnboardingIds.NotificationOf(Onboarding, OnboardingIds.UserActivated),
            OnboardingIds.NotificationOf(Onboarding, OnboardingIds.HeadAgreementConcluded),
            OnboardingIds.NotificationOf(Onboarding, OnboardingIds.UserOnboardingExpired),
            OnboardingIds.NotificationOf(Onboarding, OnboardingIds.HeadOnboardingExpired),
            OnboardingIds.AgreementOf(Onboarding),
        };

        Assert.Equal(5, ids.Distinct().Count());
    }

    [Theory]
    [InlineData(14 * 24 * 60, "not completed within 14 days")]
    [InlineData(24 * 60, "not completed within 1 day")]
    [InlineData(36 * 60, "not completed within 36 hours")]
    [InlineData(90, "not completed within 90 minutes")]
    public void ExpiryReason_WholeUnits_SaysThemInWords(int minutes, string expected) =>
        Assert.Equal(expected, OnboardingMessages.ExpiryReason(TimeSpan.FromMinutes(minutes)));
}
