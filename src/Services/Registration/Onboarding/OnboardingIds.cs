using System.Security.Cryptography;
using System.Text;

namespace Kazynashylyk.Registration.Onboarding;

/// <summary>
/// The ids an onboarding gives to what it asks others to create, derived from the onboarding's id so that a
/// repeated step asks for the same agreement or notification again instead of a new one.
/// </summary>
public static class OnboardingIds
{
    /// <summary>The notification telling the user their account is active.</summary>
    public const string UserActivated = "user-activated";

    /// <summary>The notification telling the client's head the agreement is in force.</summary>
    public const string HeadAgreementConcluded = "head-agreement-concluded";

    /// <summary>The notification telling the user the onboarding expired.</summary>
    public const string UserOnboardingExpired = "user-onboarding-expired";

    /// <summary>The notification telling the client's head the onboarding expired.</summary>
    public const string HeadOnboardingExpired = "head-onboarding-expired";

    /// <summary>The id of the agreement drafted for the onboarding.</summary>
    public static Guid AgreementOf(Guid onboardingId) => FromName($"agreement:{onboardingId:D}");

    /// <summary>The id of one of the onboarding's notifications, for a <paramref name="purpose"/> above.</summary>
    public static Guid NotificationOf(Guid onboardingId, string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);

        return FromName($"notification:{onboardingId:D}:{purpose}");
    }

    /// <summary>
    /// A name-based UUID: the first 16 bytes of the name's SHA-256 with the RFC 9562 variant bits and version 8,
    /// the version RFC 9562 gives to name-based UUIDs over a hash other than MD5 or SHA-1.
    /// </summary>
    internal static Guid FromName(string name)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);

        return new Guid(bytes, bigEndian: true);
    }
}
