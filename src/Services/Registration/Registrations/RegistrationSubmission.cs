using Kazynashylyk.Contracts.Agreements;

namespace Kazynashylyk.Registration.Registrations;

/// <summary>A registration request that passed <see cref="RegistrationValidator"/>: trimmed and normalised.</summary>
public sealed record RegistrationSubmission(
    string TerritorialUnitCode,
    string RoleCode,
    string Language,
    string TermsVersion,
    ClientSubmission Client,
    UserSubmission User);

public sealed record ClientSubmission(
    string TreasuryCode,
    string Bin,
    string Name,
    string LegalForm,
    HeadSubmission Head);

public sealed record HeadSubmission(
    string Surname,
    string Name,
    string? Patronymic,
    string Position,
    string Email,
    string AuthorityBasis);

public sealed record UserSubmission(
    string Login,
    string Iin,
    string Surname,
    string Name,
    string? Patronymic,
    string Position,
    string Email,
    string? Phone,
    IdentityDocumentDetails IdentityDocument);
