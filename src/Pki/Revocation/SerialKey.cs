namespace Kazynashylyk.Pki.Revocation;

/// <summary>
/// A certificate serial number packed into three words, so a 420,000-entry CRL index holds no per-entry arrays.
/// RFC 5280 caps serials at 20 octets; longer ones are folded into the last word and disambiguated by length.
/// </summary>
internal readonly record struct SerialKey(ulong High, ulong Middle, ulong Low, int Length)
{
    /// <summary>Packs the magnitude of a serial (leading zero octets removed).</summary>
    public static SerialKey From(ReadOnlySpan<byte> serial)
    {
        while (serial.Length > 1 && serial[0] == 0)
        {
            serial = serial[1..];
        }

        Span<byte> padded = stackalloc byte[24];
        padded.Clear();
        if (serial.Length <= 24)
        {
            serial.CopyTo(padded[(24 - serial.Length)..]);
        }
        else
        {
            // Known limitation: serials over 24 octets may collide in the index because they are folded; NCA serials
            // are 20.
            serial[^24..].CopyTo(padded);
        }

        return new SerialKey(
            BitConverter.ToUInt64(padded[..8]),
            BitConverter.ToUInt64(padded[8..16]),
            BitConverter.ToUInt64(padded[16..]),
            serial.Length
        );
    }
}
