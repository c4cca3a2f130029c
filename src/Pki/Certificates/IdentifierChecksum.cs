namespace Kazynashylyk.Pki.Certificates;

/// <summary>
/// The check digit of a 12-digit IIN or BIN: the weighted sum of the first 11 digits modulo 11 with weights 1..11,
/// and when that gives 10, again with weights 3..11, 1, 2; a second 10 means no valid number has these digits.
/// </summary>
public static class IdentifierChecksum
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>Whether <paramref name="identifier"/> is 12 digits with a correct check digit.</summary>
    public static bool IsValid(string? identifier)
    {
        if (identifier is null || identifier.Length != 12 || !identifier.All(char.IsAsciiDigit))
        {
            return false;
        }

        var check = Remainder(identifier, FirstWeights);
        if (check == 10)
        {
            check = Remainder(identifier, SecondWeights);
        }

        return check != 10 && check == identifier[11] - '0';
    }

    private static int Remainder(string identifier, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (identifier[i] - '0') * weights[i];
        }

        return sum % 11;
    }
}
