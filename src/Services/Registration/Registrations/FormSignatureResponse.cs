namespace Kazynashylyk.Registration.Registrations;

/// <summary>The answer to an accepted form signature.</summary>
public sealed record FormSignatureResponse(Guid ApplicationId, string Status, Guid ReportId);
