using MailKit.Security;

namespace Kazynashylyk.Notifications.Email;

/// <summary>
/// The mail server, from the connection string <c>smtp</c>: <c>smtp://[user:password@]host:port</c> (STARTTLS
/// when the server offers it) or <c>smtps://…</c> (TLS from the first byte).
/// </summary>
public sealed record SmtpEndpoint(
    string Host,
    int Port,
    SecureSocketOptions Security,
    string? UserName,
    string? Password)
{
    /// <summary>The connection name of the mail server.</summary>
    public const string ConnectionName = "smtp";

    /// <summary>Reads the connection string; throws at start-up when it is missing or not an SMTP address.</summary>
    public static SmtpEndpoint Parse(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"The connection string '{ConnectionName}' is missing.");
        }

        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("smtp" or "smtps")
            || uri.Host.Length == 0)
        {
            throw new InvalidOperationException(
                $"The connection string '{ConnectionName}' must look like smtp://host:port or smtps://host:port.");
        }

        var security = uri.Scheme == "smtps"
            ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTlsWhenAvailable;
        var port = uri.IsDefaultPort || uri.Port < 0 ? (uri.Scheme == "smtps" ? 465 : 25) : uri.Port;
        string? user = null;
        string? password = null;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]);
            password = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
        }

        return new SmtpEndpoint(uri.Host, port, security, user, password);
    }
}
