namespace Kazynashylyk.Agreements.Documents;

/// <summary>
/// The versions of the agreement's terms. A document names the version it was drafted on, so the texts rendered
/// for it stay those the parties signed even after the terms change.
/// </summary>
public static class AgreementTerms
{
    /// <summary>The terms of the agreement on the use of EDS drafted today.</summary>
    public const string EdsUseCurrent = "eds-use/2026-1";
}
