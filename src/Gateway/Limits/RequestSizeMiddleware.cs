using Microsoft.Extensions.Options;

namespace Kazynashylyk.Gateway.Limits;

/// <summary>
/// Refuses a request whose declared length is over the limit with a 413 ProblemDetails before anything is read
/// or forwarded. A body without a declared length is held to the same limit by the route while it streams.
/// </summary>
public sealed class RequestSizeMiddleware(RequestDelegate next, IOptions<GatewayOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength is { } length && length > limit)
        {
            await TypedResults.Problem(
                    title: "The request body is too large.",
                    detail: $"The gateway accepts request bodies up to {limit} bytes; this one declares {length}.",
                    statusCode: StatusCodes.Status413PayloadTooLarge)
                .ExecuteAsync(context);

            return;
        }

        await next(context);
    }
}
