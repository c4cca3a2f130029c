namespace Kazynashylyk.Registration.Registrations;

/// <summary>The registration form: the bytes to sign (base64), their SHA-256 and their reading.</summary>
public sealed record RegistrationFormResponse(string Document, string Sha256, RegistrationFormTextResponse Text);
