using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Revocation;
using Kazynashylyk.Pki.Verification;
using Kazynashylyk.Signature.Verification;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.Signature.Certificates;

/// <summary>
/// <c>POST /api/signatures/certificates/inspect</c>: a certificate alone, judged as a signer's would be (holder,
/// roles, chain, dates, key usage, revocation), without a signature.
/// </summary>
public static class CertificateEndpoints
{
    public static IEndpointRouteBuilder MapCertificateEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/signatures/certificates/inspect", InspectAsync)
            .WithName("inspect-certificate")
            .WithSummary("Decodes a certificate's holder and roles and checks its chain, dates and revocation.")
            .WithTags("Certificates");

        return routes;
    }

    private static async Task<Results<Ok<SignerReport>, ValidationProblem, ProblemHttpResult>> InspectAsync(
        InspectCertificateBody body,
        PkiEngine engine,
        IOptions<SignatureOptions> options,
        CancellationToken cancellationToken)
    {
        var decoder = new RequestDecoder(options.Value.DefaultTrustStore);
        var certificate = decoder.Required("certificate", body.Certificate);
        var store = decoder.TrustStore(body.TrustStore);
        if (decoder.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(decoder.Errors, title: "The inspection request is invalid.");
        }

        try
        {
            return TypedResults.Ok(await engine.Verifier.InspectCertificateAsync(
                certificate, store, body.Forensic?.At, new RevocationOptions(), cancellationToken));
        }
        catch (UnusableInputException unusable)
        {
            return UnusableInput.Problem(unusable);
        }
    }
}
