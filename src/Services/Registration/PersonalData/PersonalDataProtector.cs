using System.Security.Cryptography;
using System.Text;

namespace Kazynashylyk.Registration.PersonalData;

/// <summary>
/// Encrypts personal data at rest with AES-256-GCM. A sealed value is <c>version (1) | nonce (12) | tag (16) |
/// ciphertext</c>; the purpose (which record, which field) is authenticated as associated data, so a value copied
/// to another row or field fails to open just like a tampered one.
/// </summary>
public sealed class PersonalDataProtector(PersonalDataKeys keys)
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;

    public byte[] Protect(ReadOnlySpan<byte> plaintext, string purpose)
    {
        var sealedValue = new byte[HeaderSize + plaintext.Length];
        sealedValue[0] = FormatVersion;
        var nonce = sealedValue.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.EncryptionKey, TagSize);
        aes.Encrypt(
            nonce,
            plaintext,
            sealedValue.AsSpan(HeaderSize),
            sealedValue.AsSpan(1 + NonceSize, TagSize),
            Encoding.UTF8.GetBytes(purpose));

        return sealedValue;
    }

    public byte[] Protect(string plaintext, string purpose) => Protect(Encoding.UTF8.GetBytes(plaintext), purpose);

    /// <summary>
    /// Opens a sealed value; throws <see cref="CryptographicException"/> when it was altered, belongs to another
    /// purpose or was sealed under another key.
    /// </summary>
    public byte[] Unprotect(ReadOnlySpan<byte> sealedValue, string purpose)
    {
        if (sealedValue.Length < HeaderSize || sealedValue[0] != FormatVersion)
        {
            throw new CryptographicException("The protected value has an unknown format.");
        }

        var plaintext = new byte[sealedValue.Length - HeaderSize];
        using var aes = new AesGcm(keys.EncryptionKey, TagSize);
        aes.Decrypt(
            sealedValue.Slice(1, NonceSize),
            sealedValue[HeaderSize..],
            sealedValue.Slice(1 + NonceSize, TagSize),
            plaintext,
            Encoding.UTF8.GetBytes(purpose));

        return plaintext;
    }

    public string UnprotectString(ReadOnlySpan<byte> sealedValue, string purpose) =>
        Encoding.UTF8.GetString(Unprotect(sealedValue, purpose));
}
