using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.ServiceDefaults.Http;

/// <summary>
/// Carries the <c>X-Correlation-Id</c> header through a process: takes the caller's (the gateway sets one on
/// every request), or makes one, echoes it on the response, tags the trace and opens a logging scope with it.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    /// <summary>The header that carries the correlation id.</summary>
    public const string HeaderName = "X-Correlation-Id";

    internal const string ItemKey = "kazynashylyk.correlation-id";

    private const int MaxLength = 64;

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = ReadOrCreate(context.Request.Headers[HeaderName].ToString());
        context.Items[ItemKey] = correlationId;
        context.Request.Headers[HeaderName] = correlationId;
        context.Response.OnStarting(() =>
        {
            // Set when the response starts, so a proxied answer carrying the same header does not repeat it.
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        Activity.Current?.SetTag("correlation.id", correlationId);

        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            await next(context);
        }
    }

    // A caller's value is kept only when it is short and plain, so a header cannot inject into logs.
    private static string ReadOrCreate(string candidate) =>
        candidate.Length is > 0 and <= MaxLength && candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? candidate
            : Guid.NewGuid().ToString("N");
}
