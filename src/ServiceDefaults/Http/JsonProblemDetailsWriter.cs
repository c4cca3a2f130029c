using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Kazynashylyk.ServiceDefaults.Http;

/// <summary>
/// Writes every ProblemDetails as <c>application/problem+json</c>, whatever the caller's Accept header says: a
/// browser asking for HTML gets the same error body as an API client, never a plain-text page or an empty 500.
/// </summary>
internal sealed class JsonProblemDetailsWriter : IProblemDetailsWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        problem.Type ??= $"https://httpstatuses.io/{status}";
        ProblemDetailsEnricher.Enrich(context);

        // The runtime type, so a validation problem keeps its per-field errors.
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
            problem, problem.GetType(), Json, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
