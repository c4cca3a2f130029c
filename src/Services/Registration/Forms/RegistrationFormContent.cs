using Kazynashylyk.Registration.Registrations;

namespace Kazynashylyk.Registration.Forms;

/// <summary>Everything a registration form states: the application, the unit, the role, the client, the user.</summary>
public sealed record RegistrationFormContent
{
    public required Guid ApplicationId { get; init; }

    public required string Reference { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>"kk" or "ru": the user's language.</summary>
    public required string Language { get; init; }

    public required string TermsVersion { get; init; }

    public required string TermsTitleKk { get; init; }

    public required string TermsTitleRu { get; init; }

    public required string UnitCode { get; init; }

    public required string UnitNameKk { get; init; }

    public required string UnitNameRu { get; init; }

    public required string RoleCode { get; init; }

    public required string RoleNameKk { get; init; }

    public required string RoleNameRu { get; init; }

    /// <summary>The client as registered (an existing client's stored details, not the request's).</summary>
    public required ClientSubmission Client { get; init; }

    public required UserSubmission User { get; init; }
}
