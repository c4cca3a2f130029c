namespace Kazynashylyk.Pki.Timestamps;

/// <summary>A TSA could not be reached or refused to issue a token.</summary>
public sealed class TimestampException : Exception
{
    public TimestampException() { }

    public TimestampException(string message)
        : base(message) { }

    public TimestampException(string message, Exception innerException)
        : base(message, innerException) { }
}
