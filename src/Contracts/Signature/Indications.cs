namespace Kazynashylyk.Contracts.Signature;

/// <summary>ETSI EN 319 102-1 main indications, as the report spells them.</summary>
public static class Indications
{
    public const string TotalPassed = "TOTAL_PASSED";
    public const string TotalFailed = "TOTAL_FAILED";
    public const string Indeterminate = "INDETERMINATE";

    /// <summary>Orders indications from best to worst, for the overall verdict.</summary>
    public static int Severity(string indication)
    {
        return indication switch
        {
            TotalPassed => 0,
            Indeterminate => 1,
            _ => 2,
        };
    }
}
