using System.Security.Cryptography;
using System.Text;

namespace Kazynashylyk.Notifications.Delivery;

/// <summary>
/// Stands for an e-mail address in logs and records: SHA-256 of the trimmed, lower-cased address, in hex.
/// </summary>
public static class RecipientHash
{
    /// <summary>The length logged: enough to tell recipients apart in an incident, short to read.</summary>
    public const int LoggedLength = 16;

    public static string Of(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}
