using Kazynashylyk.Pki.Certificates;

namespace Kazynashylyk.Signature.Verification;

/// <summary>
/// Reads the CA certificates of a trust store from a folder (DER or PEM; <c>.cer</c>, <c>.crt</c>, <c>.pem</c>).
/// </summary>
public static class CaDirectory
{
    private static readonly string[] Extensions = [".cer", ".crt", ".pem"];

    /// <summary>The certificates in <paramref name="directory"/>; none when it is empty or does not exist.</summary>
    public static IReadOnlyList<PkiCertificate> Load(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
        {
            return [];
        }

        return
        [
            .. Directory.EnumerateFiles(directory)
                .Where(file => Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(file => PemReader.ToDer(File.ReadAllBytes(file))
                    ?? throw new InvalidOperationException($"'{file}' is not a certificate in DER or PEM."))
                .Select(der => CertificateCache.Shared.Get(der)),
        ];
    }
}
