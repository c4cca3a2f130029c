using System.Security.Cryptography;
using System.Text;

namespace Kazynashylyk.Registration.PersonalData;

/// <summary>
/// The two keys derived from the service's personal-data key (<c>Registration:PersonalDataKey</c>, base64 of at
/// least 32 bytes) with HKDF-SHA256 under distinct labels: one encrypts, the other computes lookup HMACs, so
/// neither use can stand in for the other.
/// </summary>
public sealed class PersonalDataKeys
{
    /// <summary>The configuration key of the master key (<c>Registration__PersonalDataKey</c> in the
    /// environment).</summary>
    public const string Setting = "Registration:PersonalDataKey";

    /// <summary>The shortest master key accepted, in bytes.</summary>
    public const int MinimumKeyBytes = 32;

    private static readonly byte[] EncryptionLabel = Encoding.ASCII.GetBytes("kazynashylyk/registration/encryption/v1");
    private static readonly byte[] HmacLabel = Encoding.ASCII.GetBytes("kazynashylyk/registration/iin-hmac/v1");

    private PersonalDataKeys(byte[] encryptionKey, byte[] hmacKey)
    {
        EncryptionKey = encryptionKey;
        HmacKey = hmacKey;
    }

    /// <summary>The AES-256-GCM key.</summary>
    internal byte[] EncryptionKey { get; }

    /// <summary>The HMAC-SHA256 key for IIN lookups and the tokens' <c>iin_hmac</c> claim.</summary>
    internal byte[] HmacKey { get; }

    /// <summary>Derives the keys from a master key; throws when it is shorter than
    /// <see cref="MinimumKeyBytes"/>.</summary>
    public static PersonalDataKeys Derive(ReadOnlySpan<byte> masterKey)
    {
        if (masterKey.Length < MinimumKeyBytes)
        {
            throw new InvalidOperationException(
                $"The personal-data key '{Setting}' must be at least {MinimumKeyBytes} bytes (base64-encoded).");
        }

        var encryption = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey.ToArray(), 32, info: EncryptionLabel);
        var hmac = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey.ToArray(), 32, info: HmacLabel);

        return new PersonalDataKeys(encryption, hmac);
    }

    /// <summary>
    /// Reads and derives the configured key. Throws at start-up when it is missing, not base64 or too short, so
    /// the service never stores personal data under no key or a weak one. The message never carries the value.
    /// </summary>
    public static PersonalDataKeys FromSetting(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            throw new InvalidOperationException(
                $"The personal-data key '{Setting}' is not configured (the AppHost passes it as "
                + "Registration__PersonalDataKey).");
        }

        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var written))
        {
            throw new InvalidOperationException($"The personal-data key '{Setting}' is not valid base64.");
        }

        try
        {
            return Derive(buffer.AsSpan(0, written));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }
}
