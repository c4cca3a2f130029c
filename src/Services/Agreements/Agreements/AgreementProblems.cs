using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Agreements.Signing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kazynashylyk.Agreements.Agreements;

/// <summary>The ProblemDetails the agreement endpoints answer with.</summary>
public static class AgreementProblems
{
    /// <summary>A missing agreement and one the caller is no party to look the same, so ids cannot be probed.</summary>
    public static ProblemHttpResult NotFound(Guid agreementId) => TypedResults.Problem(
        title: "No such agreement.",
        detail: $"The caller is party to no agreement with the id {agreementId}.",
        statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult OutOfTurn(Agreement agreement, string party, string detail) =>
        TypedResults.Problem(
            title: "The agreement does not await this signature.",
            detail: detail,
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?>
            {
                ["party"] = party,
                ["state"] = agreement.State,
                ["awaiting"] = SigningSequence.AwaitedParty(agreement.State),
            });

    public static ProblemHttpResult ChangedConcurrently(string party) => TypedResults.Problem(
        title: "The agreement changed meanwhile.",
        detail: $"Another change to the agreement was saved while the {party}'s signature was checked; nothing was "
            + "stored. Read the agreement again and sign if it still awaits this signature.",
        statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["party"] = party });

    public static ProblemHttpResult NoAuthority(AuthorityRefusal refusal, string party, Guid? reportId) =>
        TypedResults.Problem(
            title: $"The signer may not sign for the {party}.",
            detail: refusal.Detail,
            statusCode: StatusCodes.Status403Forbidden,
            extensions: new Dictionary<string, object?>
            {
                ["reason"] = refusal.Reason,
                ["party"] = party,
                ["reportId"] = reportId,
            });

    public static ProblemHttpResult Rejected(string reason, string detail) => TypedResults.Problem(
        title: "The signature cannot be verified.",
        detail: detail,
        statusCode: StatusCodes.Status422UnprocessableEntity,
        extensions: new Dictionary<string, object?> { ["reason"] = reason });

    public static ProblemHttpResult NotPassed(string indication, string? subIndication, Guid reportId) =>
        TypedResults.Problem(
            title: "The signature is not valid.",
            detail: $"The Signature service found the signature {indication}"
                + (subIndication is null ? "." : $" ({subIndication}).")
                + " Its report says why.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["indication"] = indication,
                ["subIndication"] = subIndication,
                ["reportId"] = reportId,
            });

    public static ProblemHttpResult Unavailable(string service, string problem) => TypedResults.Problem(
        title: $"The {service} service did not answer.",
        detail: $"{problem} Nothing was stored; try again.",
        statusCode: StatusCodes.Status503ServiceUnavailable);
}
