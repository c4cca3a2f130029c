namespace Kazynashylyk.Registration.Data;

/// <summary>The states of a <see cref="RegistrationApplication"/>, in the order an onboarding passes them.</summary>
public static class ApplicationStatus
{
    public const string AwaitingFormSignature = "awaiting-form-signature";
    public const string FormVerified = "form-verified";
    public const string AgreementDrafted = "agreement-drafted";
    public const string AgreementSigning = "agreement-signing";
    public const string AgreementInForce = "agreement-in-force";
    public const string Active = "active";
    public const string Expired = "expired";
    public const string Failed = "failed";

    private static readonly string[] Progress =
        [AwaitingFormSignature, FormVerified, AgreementDrafted, AgreementSigning, AgreementInForce, Active];

    /// <summary>True for the states an application never leaves.</summary>
    public static bool IsFinal(string status) => status is Active or Expired or Failed;

    /// <summary>
    /// True when <paramref name="next"/> lies ahead of <paramref name="current"/>: events may arrive out of order
    /// or twice, and an application never moves back.
    /// </summary>
    public static bool CanAdvance(string current, string next) =>
        !IsFinal(current) && Array.IndexOf(Progress, next) > Array.IndexOf(Progress, current);
}
