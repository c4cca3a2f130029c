namespace Kazynashylyk.Registration.Login;

/// <summary>Settings of the EDS login (section <c>Login</c>).</summary>
public sealed class LoginOptions
{
    public const string Section = "Login";

    /// <summary>How long a challenge may be answered; it is also single-use.</summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an access token is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
