namespace Kazynashylyk.Pki.Net;

/// <summary>
/// A revocation or time source gave no usable answer (timeout, HTTP error, redirect, network failure).
/// </summary>
public sealed class PkiFetchException : Exception
{
    public PkiFetchException() { }

    public PkiFetchException(string message)
        : base(message) { }

    public PkiFetchException(string message, Exception innerException)
        : base(message, innerException) { }
}
