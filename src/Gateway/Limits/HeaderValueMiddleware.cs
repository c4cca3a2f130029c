namespace Kazynashylyk.Gateway.Limits;

/// <summary>
/// Refuses a request with a header value outside printable ASCII (and tab) with a 400 ProblemDetails naming the
/// header, before anything is forwarded: HTTP/1.1 header values are ASCII, and the forwarder cannot send others
/// on, which would otherwise surface as a 502.
/// </summary>
public sealed class HeaderValueMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                if (value is not null && !value.All(c => c is '\t' or >= ' ' and <= '~'))
                {
                    await TypedResults.Problem(
                            title: "A request header is not ASCII.",
                            detail: $"The value of the header {name} holds characters outside printable ASCII; "
                                + "encode it (for example as base64 or percent-encoding) or leave it out.",
                            statusCode: StatusCodes.Status400BadRequest)
                        .ExecuteAsync(context);

                    return;
                }
            }
        }

        await next(context);
    }
}
