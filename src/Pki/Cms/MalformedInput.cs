using System.Security.Cryptography;

namespace Kazynashylyk.Pki.Cms;

/// <summary>
/// BouncyCastle decodes many ASN.1 parts lazily and reports broken encodings through a spread of exception types.
/// This is the one list of them: an exception of these types raised while reading input means "malformed input".
/// </summary>
internal static class MalformedInput
{
    public static bool Is(Exception e)
    {
        return e
            is ArgumentException
                or IOException
                or InvalidCastException
                or InvalidOperationException
                or FormatException
                or IndexOutOfRangeException
                or NullReferenceException
                or OverflowException
                or CryptographicException
                or NotSupportedException
                or Org.BouncyCastle.Security.SecurityUtilityException
                or Org.BouncyCastle.Security.GeneralSecurityException
                or Org.BouncyCastle.Crypto.CryptoException
                or Org.BouncyCastle.Crypto.DataLengthException;
    }
}
