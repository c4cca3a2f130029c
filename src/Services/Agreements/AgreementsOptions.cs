namespace Kazynashylyk.Agreements;

/// <summary>The Agreements service's settings, section <c>Agreements</c>.</summary>
public sealed class AgreementsOptions
{
    public const string Section = "Agreements";

    /// <summary>
    /// The trust store signatures are verified against (<c>test</c>, <c>development</c>, <c>production</c>); null
    /// leaves it to the Signature service's default.
    /// </summary>
    public string? TrustStore { get; set; }

    /// <summary>
    /// How long a signing request waits for the Signature or Registration service before answering 503.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
