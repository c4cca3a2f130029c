namespace Kazynashylyk.Registration.Registrations;

/// <summary>The identity documents a system user may register with.</summary>
public static class IdentityDocumentKinds
{
    public const string IdCard = "id-card";
    public const string Passport = "passport";
}
