using Kazynashylyk.Pki.Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Utilities;

namespace Kazynashylyk.Pki.Keys;

/// <summary>
/// Opens a PKCS#12 file bag by bag. BouncyCastle's Pkcs12Store refuses NCA GOST files because it tries to
/// understand the key algorithm; here the bags are only decrypted and the key is read by <see
/// cref="PrivateKeyReader"/>.
/// </summary>
public static class Pkcs12Reader
{
    /// <summary>Reads the key and its certificate from <paramref name="pfx"/>.</summary>
    /// <exception cref="KeyFileException">The password is wrong or the file is not a usable PKCS#12.</exception>
    public static SigningIdentity Read(byte[] pfx, string password, CertificateCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(pfx);
        ArgumentNullException.ThrowIfNull(password);
        cache ??= CertificateCache.Shared;

        Pfx container;
        byte[] authSafeBytes;
        try
        {
            container = Pfx.GetInstance(Asn1Object.FromByteArray(pfx));
            authSafeBytes = Asn1OctetString.GetInstance(container.AuthSafe.Content).GetOctets();
        }
        catch (Exception e) when (IsFormatError(e))
        {
            throw new KeyFileException("The file is not a PKCS#12 key container.", e);
        }

        if (container.MacData is not null && !MacMatches(container.MacData, authSafeBytes, password))
        {
            throw new KeyFileException("The password is wrong: the key container's integrity check fails.");
        }

        var keys = new List<PrivateKeyInfo>();
        var certificates = new List<PkiCertificate>();
        try
        {
            foreach (
                var contentInfo in AuthenticatedSafe
                    .GetInstance(Asn1Object.FromByteArray(authSafeBytes))
                    .GetContentInfo()
            )
            {
                foreach (var bag in OpenSafeContents(contentInfo, password))
                {
                    Collect(bag, password, keys, certificates, cache);
                }
            }
        }
        catch (InvalidCipherTextException e)
        {
            throw new KeyFileException("The password is wrong: the key container cannot be decrypted.", e);
        }
        catch (Exception e) when (IsFormatError(e))
        {
            throw new KeyFileException("The key container's contents are malformed.", e);
        }

        return Pair(keys, certificates);
    }

    private static SigningIdentity Pair(List<PrivateKeyInfo> keys, List<PkiCertificate> certificates)
    {
        if (keys.Count == 0)
        {
            throw new KeyFileException("The key container holds no private key.");
        }

        foreach (var keyInfo in keys)
        {
            foreach (var key in PrivateKeyReader.Candidates(keyInfo))
            {
                var match = certificates.FirstOrDefault(c => PrivateKeyReader.Matches(key, c));
                if (match is not null)
                {
                    return new SigningIdentity(key, match, certificates.Where(c => c != match).ToArray());
                }
            }
        }

        throw new KeyFileException("The key container holds no certificate matching its private key.");
    }

    private static IEnumerable<SafeBag> OpenSafeContents(ContentInfo contentInfo, string password)
    {
        byte[] bytes;
        if (contentInfo.ContentType.Equals(PkcsObjectIdentifiers.Data))
        {
            bytes = Asn1OctetString.GetInstance(contentInfo.Content).GetOctets();
        }
        else if (contentInfo.ContentType.Equals(PkcsObjectIdentifiers.EncryptedData))
        {
            var encrypted = EncryptedData.GetInstance(contentInfo.Content);
            var cipher = (IBufferedCipher)PbeUtilities.CreateEngine(encrypted.EncryptionAlgorithm);
            cipher.Init(
                false,
                PbeUtilities.GenerateCipherParameters(encrypted.EncryptionAlgorithm, password.ToCharArray())
            );
            bytes = cipher.DoFinal(encrypted.Content.GetOctets());
        }
        else
        {
            yield break;
        }

        foreach (var element in Asn1Sequence.GetInstance(Asn1Object.FromByteArray(bytes)))
        {
            yield return SafeBag.GetInstance(element);
        }
    }

    private static void Collect(
        SafeBag bag,
        string password,
        List<PrivateKeyInfo> keys,
        List<PkiCertificate> certificates,
        CertificateCache cache
    )
    {
        if (bag.BagID.Equals(PkcsObjectIdentifiers.Pkcs8ShroudedKeyBag))
        {
            var encrypted = EncryptedPrivateKeyInfo.GetInstance(bag.BagValue);
            keys.Add(PrivateKeyInfoFactory.CreatePrivateKeyInfo(password.ToCharArray(), encrypted));
        }
        else if (bag.BagID.Equals(PkcsObjectIdentifiers.KeyBag))
        {
            keys.Add(PrivateKeyInfo.GetInstance(bag.BagValue));
        }
        else if (bag.BagID.Equals(PkcsObjectIdentifiers.CertBag))
        {
            var certBag = CertBag.GetInstance(bag.BagValue);
            if (certBag.CertID.Equals(PkcsObjectIdentifiers.X509Certificate))
            {
                certificates.Add(cache.Get(Asn1OctetString.GetInstance(certBag.CertValue).GetOctets()));
            }
        }
    }

    private static bool MacMatches(MacData macData, byte[] authSafeBytes, string password)
    {
        var digestOid = macData.Mac.DigestAlgorithm.Algorithm.Id;
        IDigest digest = digestOid switch
        {
            "1.3.14.3.2.26" => new Sha1Digest(),
            "2.16.840.1.101.3.4.2.1" => new Sha256Digest(),
            "2.16.840.1.101.3.4.2.3" => new Sha512Digest(),
            _ => throw new KeyFileException(
                $"The key container's integrity check uses an unsupported digest {digestOid}."
            ),
        };

        var generator = new Pkcs12ParametersGenerator(digest);
        generator.Init(
            PbeParametersGenerator.Pkcs12PasswordToBytes(password.ToCharArray()),
            macData.GetSalt(),
            macData.IterationCount.IntValue
        );
        var macKey = (KeyParameter)generator.GenerateDerivedMacParameters(digest.GetDigestSize() * 8);

        var hmac = new HMac(digest);
        hmac.Init(macKey);
        hmac.BlockUpdate(authSafeBytes, 0, authSafeBytes.Length);
        var expected = new byte[hmac.GetMacSize()];
        hmac.DoFinal(expected, 0);

        return Arrays.FixedTimeEquals(expected, macData.Mac.Digest.GetOctets());
    }

    private static bool IsFormatError(Exception e)
    {
        return e
            is IOException
                or ArgumentException
                or InvalidCastException
                or InvalidOperationException
                or FormatException
                or SecurityUtilityException
                or DataLengthException;
    }
}
