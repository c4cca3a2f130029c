namespace Kazynashylyk.Pki.Cms;

/// <summary>
/// Walks BER/DER headers without recursion and rejects deep nesting before a recursive parser sees it:
/// a few kilobytes of nested indefinite-length headers would otherwise overflow the stack and kill the process.
/// </summary>
internal static class Asn1DepthGuard
{
    /// <summary>
    /// Whether no element is nested deeper than <paramref name="maxDepth"/>; malformed tails are left to the parser.
    /// </summary>
    public static bool IsWithinDepth(ReadOnlySpan<byte> data, int maxDepth)
    {
        var ends = new Stack<long>();
        var position = 0;
        while (position < data.Length)
        {
            while (ends.Count > 0 && ends.Peek() >= 0 && position >= ends.Peek())
            {
                ends.Pop();
            }

            if (!TryReadHeader(data, ref position, out var constructed, out var length, out var endOfContents))
            {
                return true;
            }

            if (endOfContents)
            {
                if (ends.Count > 0 && ends.Peek() < 0)
                {
                    ends.Pop();
                }

                continue;
            }

            if (!constructed)
            {
                if (length < 0 || length > data.Length - position)
                {
                    return true;
                }

                position += (int)length;
                continue;
            }

            ends.Push(length < 0 ? -1 : position + length);
            if (ends.Count > maxDepth)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadHeader(
        ReadOnlySpan<byte> data,
        ref int position,
        out bool constructed,
        out long length,
        out bool endOfContents
    )
    {
        constructed = false;
        length = 0;
        endOfContents = false;
        var tag = data[position++];
        constructed = (tag & 0x20) != 0;
        if ((tag & 0x1F) == 0x1F)
        {
            for (var i = 0; ; i++)
            {
                if (position >= data.Length || i > 4)
                {
                    return false;
                }

                if ((data[position++] & 0x80) == 0)
                {
                    break;
                }
            }
        }

        if (position >= data.Length)
        {
            return false;
        }

        var first = data[position++];
        if (first == 0x80)
        {
            length = -1;
            return constructed;
        }

        if ((first & 0x80) == 0)
        {
            length = first;
            endOfContents = tag == 0 && length == 0;
            return true;
        }

        var count = first & 0x7F;
        if (count > 4 || position + count > data.Length)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            length = (length << 8) | data[position++];
        }

        return true;
    }
}
