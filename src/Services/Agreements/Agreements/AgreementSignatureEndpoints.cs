using System.Security.Claims;
using Kazynashylyk.Agreements.Signing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kazynashylyk.Agreements.Agreements;

/// <summary>
/// <c>POST /api/agreements/{id}/signatures</c>: a party signs the agreement's canonical document. The party is
/// the one the caller's role names; the parties sign in turn: user, head, treasury.
/// </summary>
public static class AgreementSignatureEndpoints
{
    public static IEndpointRouteBuilder MapAgreementSignatureEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/agreements/{id:guid}/signatures", SignAsync)
            .RequireAuthorization()
            .WithName("sign-agreement")
            .WithSummary("Verifies a party's CMS over the agreement's document and records the signature.")
            .WithTags("Agreements");

        return routes;
    }

    private static async Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> SignAsync(
        Guid id,
        SignAgreementBody? body,
        ClaimsPrincipal caller,
        AgreementSigning signing,
        CancellationToken cancellationToken)
    {
        if (CmsInput.TryDecode(body?.Cms, out var problem) is not { } cms)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { ["cms"] = [problem!] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The signature is not readable.",
            });
        }

        return await signing.SignAsync(id, caller, cms, cancellationToken);
    }
}
