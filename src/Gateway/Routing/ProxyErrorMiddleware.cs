using Yarp.ReverseProxy.Forwarder;

namespace Kazynashylyk.Gateway.Routing;

/// <summary>
/// Writes the gateway's own forwarding failures (service down, timed out) as ProblemDetails: 504 for a timeout,
/// 502 for the rest. What a service answered itself passes through untouched.
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

        var timedOut = error.Error is ForwarderError.RequestTimedOut;
        var status = timedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
        LogForwardingFailed(logger, context.Request.Path, error.Error);

        context.Response.StatusCode = status;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = timedOut ? "The service did not answer in time." : "The service could not be reached.",
                Detail = $"Forwarding failed: {error.Error}.",
            },
        });
    }

    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning, Message = "Forwarding {Path} failed: {Error}")]
    private static partial void LogForwardingFailed(ILogger logger, string path, ForwarderError error);
}
