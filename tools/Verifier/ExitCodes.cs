namespace Kazynashylyk.Verifier;

/// <summary>The verifier's exit codes, one per main indication plus unusable input.</summary>
public static class ExitCodes
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int Indeterminate = 2;
    public const int UnusableInput = 3;
}
