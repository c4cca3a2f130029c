using System.Text.Json;

namespace Kazynashylyk.Pki.Development;

/// <summary>
/// The development CA's bookkeeping in <c>private/</c>: the serials it issued (<c>issued.json</c>), so that a
/// mistyped serial is refused rather than "revoked", and the revoked ones with the last CRL number
/// (<c>revoked.json</c>). Read and written only under the folder's lock.
/// </summary>
internal static class DevelopmentCaLedger
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static List<IssuedSerial> ReadIssued(DevelopmentCaFiles files) =>
        Read<List<IssuedSerial>>(files.Issued) ?? [];

    public static void WriteIssued(DevelopmentCaFiles files, List<IssuedSerial> issued) =>
        files.WriteAtomically(files.Issued, JsonSerializer.SerializeToUtf8Bytes(issued, Json));

    public static RevocationList ReadRevoked(DevelopmentCaFiles files) =>
        Read<RevocationList>(files.Revoked) ?? new RevocationList();

    public static void WriteRevoked(DevelopmentCaFiles files, RevocationList list) =>
        files.WriteAtomically(files.Revoked, JsonSerializer.SerializeToUtf8Bytes(list, Json));

    private static T? Read<T>(string path)
        where T : class
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), Json);
        }
        catch (JsonException e)
        {
            throw new DevelopmentCaException($"'{path}' is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>One certificate the CA issued.</summary>
    public sealed record IssuedSerial(string Serial, DateTimeOffset NotBefore, DateTimeOffset NotAfter);

    /// <summary>One revoked certificate.</summary>
    public sealed record RevokedSerial(string Serial, DateTimeOffset RevokedAt);

    /// <summary>The revoked serials and the number of the last CRL issued.</summary>
    public sealed record RevocationList
    {
        public long CrlNumber { get; init; }

        public List<RevokedSerial> Revoked { get; init; } = [];
    }
}
