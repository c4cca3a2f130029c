using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Contracts.Signature;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.Signature.Verification;

/// <summary>
/// <c>POST /api/signatures/verify</c>: the report, whatever the verdict; 400 for unusable input, 413 oversize.
/// </summary>
public static class SignatureEndpoints
{
    public static IEndpointRouteBuilder MapSignatureEndpoints(this IEndpointRouteBuilder routes)
    {
        var maxBytes = routes.ServiceProvider.GetRequiredService<IOptions<SignatureOptions>>().Value.MaxRequestBytes;

        routes.MapPost("/api/signatures/verify", VerifyAsync)
            .WithName("verify-signature")
            .WithSummary("Verifies a CMS signature (attached or detached) and stores the report with its evidence.")
            .WithTags("Signatures")
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes));

        return routes;
    }

    private static async Task<Results<Ok<VerificationReport>, ValidationProblem, ProblemHttpResult>> VerifyAsync(
        VerifySignatureBody body,
        VerificationService verification,
        IOptions<SignatureOptions> options,
        CancellationToken cancellationToken)
    {
        var decoder = new RequestDecoder(options.Value.DefaultTrustStore);
        var cms = decoder.Required("cms", body.Cms);
        var content = decoder.OptionalBase64("content", body.Content);
        var store = decoder.TrustStore(body.TrustStore);
        if (decoder.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(decoder.Errors, title: "The verification request is invalid.");
        }

        try
        {
            var input = new VerificationInput(cms, content, store, body.Forensic?.At);

            return TypedResults.Ok(await verification.VerifyAsync(input, cancellationToken));
        }
        catch (UnusableInputException unusable)
        {
            return UnusableInput.Problem(unusable);
        }
    }
}
