namespace Kazynashylyk.DevelopmentCa;

/// <summary>
/// The password of the CA's key files: the option, else the environment, else the development default.
/// </summary>
public static class CaPassword
{
    /// <summary>The environment variable read when <c>--ca-password</c> is not given.</summary>
    public const string Variable = "KAZYNASHYLYK_DEVCA_PASSWORD";

    /// <summary>
    /// The fallback. It protects keys of a CA that only the <c>development</c> trust store trusts, on a developer's
    /// machine; it is published here, so it protects nothing anywhere else.
    /// </summary>
    public const string DevelopmentDefault = "kazynashylyk-development-ca";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrEmpty(option))
        {
            return option;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(Variable);

        return string.IsNullOrEmpty(fromEnvironment) ? DevelopmentDefault : fromEnvironment;
    }
}
