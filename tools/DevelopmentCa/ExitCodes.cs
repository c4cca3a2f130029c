namespace Kazynashylyk.DevelopmentCa;

/// <summary>The tool's exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An option is missing or malformed.</summary>
    public const int BadInput = 2;

    /// <summary>The CA folder cannot be opened or changed (wrong password, damaged, unreadable, locked).</summary>
    public const int CaProblem = 3;

    /// <summary>The key file cannot be written.</summary>
    public const int OutputProblem = 4;
}
