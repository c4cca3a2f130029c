namespace Kazynashylyk.Registration.Data;

/// <summary>The languages of the platform's documents and messages.</summary>
public static class Languages
{
    public const string Kazakh = "kk";
    public const string Russian = "ru";

    public static bool IsKnown(string? language) => language is Kazakh or Russian;
}
