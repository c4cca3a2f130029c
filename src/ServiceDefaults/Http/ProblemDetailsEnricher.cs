using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Kazynashylyk.ServiceDefaults.Http;

/// <summary>Adds the trace and correlation ids to every ProblemDetails body, so a caller can quote them.</summary>
internal static class ProblemDetailsEnricher
{
    public static void Enrich(ProblemDetailsContext context)
    {
        var traceId = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        context.ProblemDetails.Extensions.TryAdd("traceId", traceId);

        if (context.HttpContext.Items.TryGetValue(CorrelationIdMiddleware.ItemKey, out var correlationId))
        {
            context.ProblemDetails.Extensions.TryAdd("correlationId", correlationId);
        }
    }
}
