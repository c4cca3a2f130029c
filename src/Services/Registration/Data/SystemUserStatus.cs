namespace Kazynashylyk.Registration.Data;

/// <summary>The states of a <see cref="SystemUser"/> (annex 4 names the two kinds of closing).</summary>
public static class SystemUserStatus
{
    /// <summary>Registered; the onboarding is under way.</summary>
    public const string Pending = "pending";

    /// <summary>Working under an agreement in force, with a bound certificate.</summary>
    public const string Active = "active";

    public const string TemporarilyClosed = "temporarily-closed";

    /// <summary>Closed because it should not have been opened (or its onboarding never completed).</summary>
    public const string ClosedErroneous = "closed-erroneous";
}
