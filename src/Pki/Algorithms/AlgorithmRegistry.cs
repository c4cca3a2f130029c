using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.CryptoPro;
using Org.BouncyCastle.Asn1.Rosstandart;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;

namespace Kazynashylyk.Pki.Algorithms;

/// <summary>
/// The single place where Kazakh and standard algorithm identifiers map to curves, digests and key families.
/// Every verifier in the engine (certificates, CRLs, OCSP, CMS, timestamps) resolves algorithms here.
/// </summary>
public static class AlgorithmRegistry
{
    private static readonly ECDomainParameters Gost2004Domain = Domain(
        CryptoProObjectIdentifiers.GostR3410x2001CryptoProA
    );
    private static readonly ECDomainParameters Gost2015Domain256 = Domain(
        RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA
    );
    private static readonly ECDomainParameters Gost2015Domain512 = Domain(
        RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA
    );

    // GOST 34.311-95 is GOST R 34.11-94 with the "D-Test" S-box; the library's default S-box gives wrong digests
    // silently.
    private static readonly byte[] TestSBox = Gost28147Engine.GetSBox("D-Test");

    /// <summary>Resolves a signature algorithm; <paramref name="digestOid"/> completes a bare rsaEncryption.</summary>
    /// <returns>The algorithm, or null when it is not supported.</returns>
    public static SignatureAlgorithm? ResolveSignature(string signatureOid, string? digestOid = null)
    {
        return signatureOid switch
        {
            KazakhOids.Gost2004Signature or KazakhOids.Gost2004PublicKey => new(
                signatureOid,
                KeyFamily.Gost2004,
                KazakhOids.Gost34311Digest,
                "GOST 34.310-2004"
            ),
            KazakhOids.Gost2015Signature512 or KazakhOids.Gost2015PublicKey512 => new(
                signatureOid,
                KeyFamily.Gost2015With512BitKey,
                KazakhOids.Streebog512Digest,
                "GOST 34.10-2015 512"
            ),
            KazakhOids.Gost2015Signature256 or KazakhOids.Gost2015PublicKey256 => new(
                signatureOid,
                KeyFamily.Gost2015With256BitKey,
                KazakhOids.Streebog256Digest,
                "GOST 34.10-2015 256"
            ),
            KazakhOids.Sha256WithRsa => new(signatureOid, KeyFamily.Rsa, KazakhOids.Sha256, "RSA SHA-256"),
            KazakhOids.Sha384WithRsa => new(signatureOid, KeyFamily.Rsa, KazakhOids.Sha384, "RSA SHA-384"),
            KazakhOids.Sha512WithRsa => new(signatureOid, KeyFamily.Rsa, KazakhOids.Sha512, "RSA SHA-512"),
            KazakhOids.Sha1WithRsa => new(signatureOid, KeyFamily.Rsa, KazakhOids.Sha1, "RSA SHA-1"),
            KazakhOids.RsaEncryption when digestOid is not null && IsSupportedDigest(digestOid) => new(
                signatureOid,
                KeyFamily.Rsa,
                digestOid,
                "RSA"
            ),
            _ => null,
        };
    }

    /// <summary>The signature algorithm identifier a key of the family signs with.</summary>
    public static string SignatureOidFor(KeyFamily family)
    {
        return family switch
        {
            KeyFamily.Gost2004 => KazakhOids.Gost2004Signature,
            KeyFamily.Gost2015With256BitKey => KazakhOids.Gost2015Signature256,
            KeyFamily.Gost2015With512BitKey => KazakhOids.Gost2015Signature512,
            _ => KazakhOids.Sha256WithRsa,
        };
    }

    /// <summary>The digest a key of the family signs with.</summary>
    public static string DigestOidFor(KeyFamily family)
    {
        return family switch
        {
            KeyFamily.Gost2004 => KazakhOids.Gost34311Digest,
            KeyFamily.Gost2015With256BitKey => KazakhOids.Streebog256Digest,
            KeyFamily.Gost2015With512BitKey => KazakhOids.Streebog512Digest,
            _ => KazakhOids.Sha256,
        };
    }

    /// <summary>Whether the digest identifier is one the engine computes.</summary>
    public static bool IsSupportedDigest(string digestOid)
    {
        return digestOid
            is KazakhOids.Sha1
                or KazakhOids.Sha256
                or KazakhOids.Sha384
                or KazakhOids.Sha512
                or KazakhOids.Gost34311Digest
                or KazakhOids.Streebog256Digest
                or KazakhOids.Streebog512Digest;
    }

    /// <summary>Computes a digest; SHA-2 goes through the platform, GOST digests through BouncyCastle.</summary>
    /// <exception cref="NotSupportedException">The digest is unknown.</exception>
    public static byte[] ComputeDigest(string digestOid, ReadOnlySpan<byte> data)
    {
        switch (digestOid)
        {
            case KazakhOids.Sha256:
                return SHA256.HashData(data);
            case KazakhOids.Sha1:
                // Old timestamp tokens and OCSP CertIDs still use SHA-1; accepting it there is the NCA's choice, not
                // ours.
#pragma warning disable CA5350
                return SHA1.HashData(data);
#pragma warning restore CA5350
            case KazakhOids.Sha384:
                return SHA384.HashData(data);
            case KazakhOids.Sha512:
                return SHA512.HashData(data);
        }

        var digest = CreateGostDigest(digestOid);
        digest.BlockUpdate(data);
        var result = new byte[digest.GetDigestSize()];
        digest.DoFinal(result, 0);

        return result;
    }

    /// <summary>The hash algorithm name of a SHA digest identifier, for the platform's RSA.</summary>
    internal static HashAlgorithmName ShaName(string digestOid)
    {
        return digestOid switch
        {
            KazakhOids.Sha1 => HashAlgorithmName.SHA1,
            KazakhOids.Sha384 => HashAlgorithmName.SHA384,
            KazakhOids.Sha512 => HashAlgorithmName.SHA512,
            _ => HashAlgorithmName.SHA256,
        };
    }

    /// <summary>The curve of a GOST key family.</summary>
    internal static ECDomainParameters CurveFor(KeyFamily family)
    {
        return family switch
        {
            KeyFamily.Gost2004 => Gost2004Domain,
            KeyFamily.Gost2015With256BitKey => Gost2015Domain256,
            KeyFamily.Gost2015With512BitKey => Gost2015Domain512,
            _ => throw new NotSupportedException($"Key family {family} has no curve."),
        };
    }

    /// <summary>The GOST key family of a public key algorithm identifier, or null for others.</summary>
    internal static KeyFamily? GostFamilyOfKey(string keyOid)
    {
        return keyOid switch
        {
            KazakhOids.Gost2004PublicKey => KeyFamily.Gost2004,
            KazakhOids.Gost2015PublicKey256 => KeyFamily.Gost2015With256BitKey,
            KazakhOids.Gost2015PublicKey512 => KeyFamily.Gost2015With512BitKey,
            _ => null,
        };
    }

    /// <summary>The public key algorithm and curve identifiers of a GOST family.</summary>
    internal static (string KeyOid, string CurveOid) KeyOidsFor(KeyFamily family)
    {
        return family switch
        {
            KeyFamily.Gost2004 => (KazakhOids.Gost2004PublicKey, KazakhOids.Gost2004CurveA),
            KeyFamily.Gost2015With256BitKey => (KazakhOids.Gost2015PublicKey256, KazakhOids.Gost2015Curve256A),
            KeyFamily.Gost2015With512BitKey => (KazakhOids.Gost2015PublicKey512, KazakhOids.Gost2015Curve512A),
            _ => throw new NotSupportedException($"Key family {family} is not GOST."),
        };
    }

    private static IDigest CreateGostDigest(string digestOid)
    {
        return digestOid switch
        {
            KazakhOids.Gost34311Digest => new Gost3411Digest(TestSBox),
            KazakhOids.Streebog256Digest => new Gost3411_2012_256Digest(),
            KazakhOids.Streebog512Digest => new Gost3411_2012_512Digest(),
            _ => throw new NotSupportedException($"Digest {digestOid} is not supported."),
        };
    }

    private static ECDomainParameters Domain(Org.BouncyCastle.Asn1.DerObjectIdentifier oid)
    {
        X9ECParameters curve = ECGost3410NamedCurves.GetByOid(oid)
            ?? throw new InvalidOperationException($"Curve {oid} is missing from BouncyCastle.");

        return new ECDomainParameters(curve);
    }
}
