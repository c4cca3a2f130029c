namespace Kazynashylyk.Registration.Registrations;

public sealed record ClientSubmission(
    string TreasuryCode,
    string Bin,
    string Name,
    string LegalForm,
    HeadSubmission Head);
