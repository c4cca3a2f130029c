using Org.BouncyCastle.Math;

namespace Kazynashylyk.Pki.Algorithms;

/// <summary>The NCA profile stores GOST numbers little-endian; BouncyCastle works big-endian.</summary>
internal static class LittleEndian
{
    public static BigInteger ToBigInteger(ReadOnlySpan<byte> littleEndian)
    {
        var bigEndian = littleEndian.ToArray();
        Array.Reverse(bigEndian);

        return new BigInteger(1, bigEndian);
    }

    public static void Write(BigInteger value, Span<byte> destination)
    {
        var bigEndian = value.ToByteArrayUnsigned();
        if (bigEndian.Length > destination.Length)
        {
            throw new ArgumentException("The number does not fit the field.", nameof(value));
        }

        destination.Clear();
        for (var i = 0; i < bigEndian.Length; i++)
        {
            destination[i] = bigEndian[bigEndian.Length - 1 - i];
        }
    }
}
