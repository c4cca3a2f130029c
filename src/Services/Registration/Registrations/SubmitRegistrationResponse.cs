namespace Kazynashylyk.Registration.Registrations;

/// <summary>The answer to a submitted registration: what to sign next.</summary>
public sealed record SubmitRegistrationResponse(
    Guid ApplicationId,
    string Reference,
    Guid UserId,
    string Status,
    RegistrationFormResponse Form);
