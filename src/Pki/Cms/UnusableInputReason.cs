namespace Kazynashylyk.Pki.Cms;

/// <summary>
/// Why an input cannot be verified at all (an HTTP API answers 400, or 413 for <see cref="TooLarge"/>).
/// </summary>
public enum UnusableInputReason
{
    Empty,
    TooLarge,
    NotDerBase64OrPem,
    MalformedAsn1,
    NestingTooDeep,
    NotSignedData,
    UnsupportedStructure,
    ContentMissing,
    UnknownTrustStore,
    ContentConflict,
}
