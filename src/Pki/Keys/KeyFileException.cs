namespace Kazynashylyk.Pki.Keys;

/// <summary>A key file could not be opened: wrong password, unreadable or unsupported content.</summary>
public sealed class KeyFileException : Exception
{
    public KeyFileException() { }

    public KeyFileException(string message)
        : base(message) { }

    public KeyFileException(string message, Exception innerException)
        : base(message, innerException) { }
}
