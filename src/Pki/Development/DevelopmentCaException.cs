namespace Kazynashylyk.Pki.Development;

/// <summary>The development CA folder cannot be opened or cannot do what was asked; the message says why.</summary>
public sealed class DevelopmentCaException : Exception
{
    public DevelopmentCaException(string message)
        : base(message) { }

    public DevelopmentCaException(string message, Exception innerException)
        : base(message, innerException) { }

    public DevelopmentCaException() { }
}
