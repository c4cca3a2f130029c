namespace Kazynashylyk.Pki.Cms;

/// <summary>The input is not something that can be verified; the message names the problem for the caller.</summary>
public sealed class UnusableInputException : Exception
{
    public UnusableInputException() { }

    public UnusableInputException(string message)
        : base(message) { }

    public UnusableInputException(string message, Exception innerException)
        : base(message, innerException) { }

    public UnusableInputException(UnusableInputReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>The kind of problem.</summary>
    public UnusableInputReason Reason { get; }
}
