namespace Kazynashylyk.Registration.Signatures;

/// <summary>Compares certificate serials written in hex, whatever their case and leading zeros.</summary>
public static class CertificateSerials
{
    public static string Normalize(string serial) =>
        serial.Trim().Replace(":", string.Empty, StringComparison.Ordinal).TrimStart('0').ToUpperInvariant();

    public static bool AreEqual(string? left, string? right) =>
        left is not null && right is not null
        && string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);
}
