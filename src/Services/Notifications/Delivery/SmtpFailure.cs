using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Kazynashylyk.Notifications.Delivery;

/// <summary>Which exceptions of a send are the mail server's or the network's, and what to record of them.</summary>
public static class SmtpFailure
{
    private const int MaxDescriptionLength = 500;

    public static bool IsSmtpFailure(Exception exception) => exception is SmtpCommandException
        or SmtpProtocolException
        or ServiceNotConnectedException
        or ServiceNotAuthenticatedException
        or AuthenticationException
        or SslHandshakeException
        or SocketException
        or IOException
        or TimeoutException;

    /// <summary>A 5xx answer or refused credentials will not change by trying again.</summary>
    public static bool IsPermanent(Exception exception) =>
        exception is AuthenticationException
        || (exception is SmtpCommandException command && (int)command.StatusCode >= 500);

    /// <summary>
    /// The failure in words fit for the record and the log. A refused command is described by its codes only,
    /// because the server's text often repeats the recipient's address.
    /// </summary>
    public static string Describe(Exception exception)
    {
        var description = exception is SmtpCommandException command
            ? $"The mail server refused the message: {(int)command.StatusCode} ({command.ErrorCode})."
            : $"{exception.GetType().Name}: {exception.Message}";

        return description.Length <= MaxDescriptionLength ? description : description[..MaxDescriptionLength];
    }
}
