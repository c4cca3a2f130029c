namespace Kazynashylyk.Registration;

/// <summary>The version of the user agreement (annex 3, the terms of use) in force, and its title.</summary>
public sealed class TermsOfUseOptions
{
    public string Version { get; set; } = string.Empty;

    public string TitleKk { get; set; } = string.Empty;

    public string TitleRu { get; set; } = string.Empty;
}
