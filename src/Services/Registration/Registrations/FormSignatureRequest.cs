namespace Kazynashylyk.Registration.Registrations;

/// <summary>
/// The user's CMS over the registration form's canonical bytes (attached or detached; base64 DER or PEM).
/// </summary>
public sealed record FormSignatureRequest(string? Cms);
