namespace Kazynashylyk.Registration.Registrations;

public sealed record HeadSubmission(
    string Surname,
    string Name,
    string? Patronymic,
    string Position,
    string Email,
    string AuthorityBasis);
