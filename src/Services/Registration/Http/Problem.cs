using Kazynashylyk.Contracts.Signature;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kazynashylyk.Registration.Http;

/// <summary>
/// A refusal decided by the service's logic, turned into ProblemDetails at the HTTP edge: per-field errors make a
/// 400 ValidationProblem, anything else a ProblemDetails with the given status and extensions.
/// </summary>
public sealed record Problem(
    int Status,
    string Title,
    string Detail,
    IReadOnlyDictionary<string, object?>? Extensions = null,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static Problem Invalid(string title, IReadOnlyDictionary<string, string[]> errors) =>
        new(StatusCodes.Status400BadRequest, title, "One or more fields are invalid.", Errors: errors);

    public static Problem Invalid(string title, string field, string message) =>
        Invalid(title, new Dictionary<string, string[]> { [field] = [message] });

    public static Problem NotFound(string title, string detail) => new(StatusCodes.Status404NotFound, title, detail);

    public static Problem Conflict(
        string title,
        string detail,
        IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(StatusCodes.Status409Conflict, title, detail, extensions);

    public static Problem Unavailable(string detail) =>
        new(StatusCodes.Status503ServiceUnavailable, "The Signature service did not answer in time.", detail);

    /// <summary>A signature that was verified and did not pass: the report's indications and id.</summary>
    public static Problem NotPassed(int status, string title, VerificationReport report) => new(
        status,
        title,
        $"The verification ended {report.Indication}"
            + (report.SubIndication is null ? "." : $" ({report.SubIndication})."),
        new Dictionary<string, object?>
        {
            ["indication"] = report.Indication,
            ["subIndication"] = report.SubIndication,
            ["reportId"] = report.ReportId,
        });

    public ValidationProblem? AsValidationProblem() =>
        Errors is null ? null : TypedResults.ValidationProblem(Errors, detail: Detail, title: Title);

    public ProblemHttpResult AsProblem() =>
        TypedResults.Problem(detail: Detail, statusCode: Status, title: Title, extensions: Extensions);
}
