using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Registration.Http;

namespace Kazynashylyk.Registration.Registrations;

/// <summary>The refusals the registration endpoints share.</summary>
public static class RegistrationProblems
{
    public static Problem NoApplication(Guid applicationId) =>
        Problem.NotFound("No such registration.", $"There is no registration application with the id {applicationId}.");

    /// <summary>The Signature service could not read the input at all (not a CMS, content that differs).</summary>
    public static Problem Unverifiable(SignatureRejected rejection) => new(
        StatusCodes.Status400BadRequest,
        "The signature cannot be verified.",
        rejection.Detail,
        new Dictionary<string, object?> { ["reason"] = rejection.Reason });

    /// <summary>The signature was verified and did not pass.</summary>
    public static Problem NotPassed(VerificationReport report) => Problem.NotPassed(
        StatusCodes.Status422UnprocessableEntity, "The signature did not pass verification.", report);

    public static Problem Forbidden(string reason, string detail, Guid reportId) => new(
        StatusCodes.Status403Forbidden,
        "The signer may not sign this form.",
        detail,
        new Dictionary<string, object?> { ["reason"] = reason, ["reportId"] = reportId });
}
