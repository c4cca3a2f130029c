using Kazynashylyk.Pki.Cms;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kazynashylyk.Signature.Verification;

/// <summary>The 400 (or 413) ProblemDetails for input the engine cannot verify at all, naming the problem.</summary>
public static class UnusableInput
{
    public static ProblemHttpResult Problem(UnusableInputException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var tooLarge = exception.Reason == UnusableInputReason.TooLarge;

        return TypedResults.Problem(
            title: tooLarge ? "The signature is too large." : "The signature cannot be verified.",
            detail: exception.Message,
            statusCode: tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["reason"] = exception.Reason.ToString() });
    }
}
