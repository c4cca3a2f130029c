namespace Kazynashylyk.Agreements.Agreements;

/// <summary>The body of a signing: the CMS as NCALayer returns it, base64 of the DER or PEM.</summary>
public sealed record SignAgreementBody(string? Cms);
