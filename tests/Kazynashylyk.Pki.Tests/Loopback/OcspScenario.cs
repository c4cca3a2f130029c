namespace Kazynashylyk.Pki.Tests.Loopback;

/// <summary>How the loopback OCSP responder behaves in a test.</summary>
public enum OcspScenario
{
    Good,
    Revoked,
    UnknownAsNcaSaysIt,
    TryLater,
    Timeout,
    BadSignature,
    NonceMismatch,
}
