using Kazynashylyk.Pki.Keys;

namespace Kazynashylyk.EndToEnd.Tests.Onboarding;

/// <summary>A person who registers as a system user, with the key they sign with.</summary>
public sealed record OnboardingPerson(string Login, string Iin, string Surname, string Name, SigningIdentity Key)
{
    public string Email => $"{Login}@client.test";
}
