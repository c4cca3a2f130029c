namespace Kazynashylyk.Registration.Registrations;

/// <summary>The user's identity document; <c>issuedOn</c> is <c>yyyy-MM-dd</c>.</summary>
public sealed record IdentityDocumentRequest(
    string? Kind,
    string? Series,
    string? Number,
    string? Issuer,
    string? IssuedOn);
