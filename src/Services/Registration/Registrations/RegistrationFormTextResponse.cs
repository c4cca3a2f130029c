namespace Kazynashylyk.Registration.Registrations;

public sealed record RegistrationFormTextResponse(string Kk, string Ru);
