namespace Kazynashylyk.Registration.Registrations;

/// <summary>The client (GI/QPS) the user acts for.</summary>
public sealed record ClientRequest(
    string? TreasuryCode,
    string? Bin,
    string? Name,
    string? LegalForm,
    HeadRequest? Head);
