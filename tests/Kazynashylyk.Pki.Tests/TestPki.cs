using Kazynashylyk.Pki.Certificates;

namespace Kazynashylyk.Pki.Tests;

/// <summary>Paths and loaders for the NCA test material copied beside the tests.</summary>
internal static class TestPki
{
    public const string Password2026 = "Qwerty12";

    public static readonly DateTimeOffset Inside2026Validity = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset InsideLegacyValidity = new(2022, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "pki", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static PkiCertificate Certificate(string relative)
    {
        return CertificateCache.Shared.Get(PemReader.ToDer(Bytes(relative))!);
    }

    /// <summary>The ten test-2026 key files, by folder and name.</summary>
    public static TheoryData<string> Keys2026 =>
        [
            "test-2026/individual/valid/individual_valid.p12",
            "test-2026/individual/revoked/individual_revoked.p12",
            "test-2026/legal/valid/head.p12",
            "test-2026/legal/valid/employee.p12",
            "test-2026/legal/valid/employee_signright.p12",
            "test-2026/legal/valid/infosystem.p12",
            "test-2026/legal/valid/treasury_client.p12",
            "test-2026/legal/revoked/head.p12",
            "test-2026/legal/revoked/employee.p12",
            "test-2026/legal/revoked/employee_signright.p12",
            "test-2026/legal/revoked/infosystem.p12",
            "test-2026/legal/revoked/treasury_client.p12",
        ];
}
