using System.Text;
using Kazynashylyk.Registration.PersonalData;

namespace Kazynashylyk.Registration.Tests;

/// <summary>Personal-data keys for tests, derived from a 32-byte master key named by a word.</summary>
internal static class Keys
{
    public static PersonalDataKeys Derive(string word) =>
        PersonalDataKeys.Derive(Encoding.ASCII.GetBytes(word.PadRight(32, '*')));

    public static string Base64(string word) => Convert.ToBase64String(Encoding.ASCII.GetBytes(word.PadRight(32, '*')));
}
