using Yarp.ReverseProxy.Forwarder;

namespace Kazynashylyk.Gateway.Routing;

/// <summary>
/// Writes the gateway's own forwarding failures as ProblemDetails: 4xx for a request the caller broke, 504 for a
/// service that did not answer in time, 502 for one that could not be reached. What a service answered itself
/// passes through untouched.
/// </summary>
public sealed partial class ProxyErrorMiddleware(RequestDelegate next, ILogger<ProxyErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        await next(context);

        var error = context.GetForwarderErrorFeature();
        if (error is null || context.Response.HasStarted)
        {
            return;
        }

        var (status, title) = Describe(error.Error, context.Response.StatusCode);
        LogForwardingFailed(logger, context.Request.Path, error.Error);

        context.Response.StatusCode = status;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = $"Forwarding failed: {error.Error}." },
        });
    }

    // The caller's own faults (a request that cannot be forwarded, a body that is broken or too large) stay 4xx;
    // only what went wrong on the way to or from the service is 502, or 504 when it did not answer in time.
    private static (int Status, string Title) Describe(ForwarderError error, int statusSoFar) => error switch
    {
        ForwarderError.RequestTimedOut => (StatusCodes.Status504GatewayTimeout, "The service did not answer in time."),
        ForwarderError.RequestCreation => (StatusCodes.Status400BadRequest, "The request cannot be forwarded."),
        ForwarderError.RequestBodyClient or ForwarderError.RequestCanceled when statusSoFar is >= 400 and < 500 =>
            (statusSoFar, statusSoFar == StatusCodes.Status413PayloadTooLarge
                ? "The request body is too large."
                : "The request body could not be read."),
        ForwarderError.RequestBodyClient => (StatusCodes.Status400BadRequest, "The request body could not be read."),
        _ => (StatusCodes.Status502BadGateway, "The service could not be reached."),
    };

    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning, Message = "Forwarding {Path} failed: {Error}")]
    private static partial void LogForwardingFailed(ILogger logger, string path, ForwarderError error);
}
