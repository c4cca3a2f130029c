namespace Kazynashylyk.Registration.Registrations;

/// <summary>The answer to a submitted registration: what to sign next.</summary>
public sealed record SubmitRegistrationResponse(
    Guid ApplicationId,
    string Reference,
    Guid UserId,
    string Status,
    RegistrationFormResponse Form);

/// <summary>The registration form: the bytes to sign (base64), their SHA-256 and their reading.</summary>
public sealed record RegistrationFormResponse(string Document, string Sha256, RegistrationFormTextResponse Text);

public sealed record RegistrationFormTextResponse(string Kk, string Ru);
