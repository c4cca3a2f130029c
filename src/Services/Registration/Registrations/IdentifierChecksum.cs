namespace Kazynashylyk.Registration.Registrations;

/// <summary>
/// The check digit of a Kazakh IIN or BIN: the weighted sum of the first eleven digits (weights 1–11) modulo 11;
/// when that is 10, again with weights 3–11, 1, 2; a second 10 makes the number invalid.
/// </summary>
public static class IdentifierChecksum
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>True when <paramref name="value"/> is twelve digits.</summary>
    public static bool IsTwelveDigits(string? value) => value is { Length: 12 } && value.All(char.IsAsciiDigit);

    /// <summary>True when <paramref name="value"/> is twelve digits ending in the right check digit.</summary>
    public static bool IsValid(string? value)
    {
        if (!IsTwelveDigits(value))
        {
            return false;
        }

        var check = WeightedSum(value!, FirstWeights) % 11;
        if (check == 10)
        {
            check = WeightedSum(value!, SecondWeights) % 11;
        }

        return check != 10 && check == value![11] - '0';
    }

    private static int WeightedSum(string value, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (value[i] - '0') * weights[i];
        }

        return sum;
    }
}
