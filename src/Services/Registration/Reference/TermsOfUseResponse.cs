namespace Kazynashylyk.Registration.Reference;

/// <summary>The terms of use in force.</summary>
public sealed record TermsOfUseResponse(string Version, string TitleKk, string TitleRu);
