using Kazynashylyk.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using StackExchange.Redis;

namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>
/// Makes a mutating call safe to repeat. A POST, PUT, PATCH or DELETE carrying <c>Idempotency-Key</c> runs once
/// per key and caller: a repeat with the same body gets the stored response again, marked
/// <c>Idempotency-Replayed: true</c>; the same key with another body is refused with 422, and a repeat while
/// the first still runs with 409 and Retry-After. A 5xx is not stored, so the client may retry with the same
/// key. Requests without the header pass untouched.
/// </summary>
/// <remarks>
/// It runs before authentication (it is part of the defaults every service starts with), which is why the
/// caller's Authorization header is part of the key's scope: a key is never shared between tokens. A 401 is
/// not stored either: the endpoint never ran. Known limitation: a replay does not check the token again, so a
/// repeat with the same token after it expired gets the answer that token already received, because the check
/// runs before authentication.
/// </remarks>
internal sealed class IdempotencyMiddleware(
    RequestDelegate next,
    IdempotencyStore store,
    IOptions<IdempotencyOptions> options,
    IServiceProvider services,
    IHostEnvironment environment,
    ILogger<IdempotencyMiddleware> logger)
{
    private const int MaxKeyLength = 200;
    private const string RetryAfterSeconds = "1";

    /// <summary>The response headers that belong to the answer and are replayed with it.</summary>
    private static readonly string[] KeptHeaders = [HeaderNames.Location, HeaderNames.ETag];

    private readonly string serviceName = services.GetService<ServiceIdentity>()?.Name ?? environment.ApplicationName;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsMutating(request.Method)
            || !request.Headers.TryGetValue(IdempotencyHeaders.Key, out var header)
            || context.GetEndpoint()?.Metadata.GetMetadata<WithoutIdempotencyMetadata>() is not null)
        {
            await next(context);

            return;
        }

        if (header.Count != 1 || !IsValidKey(header[0]))
        {
            await WriteInvalidKeyAsync(context);

            return;
        }

        var scope = IdempotencyScope.Of(serviceName, request, header[0]!);
        var fingerprint = await RequestFingerprint.ComputeAsync(request, context.RequestAborted);
        IdempotencyClaim? claim;
        try
        {
            claim = await store.ClaimAsync(scope, fingerprint);
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            logger.RedisFailed(exception, scope.LogHash);
            context.Response.Headers.RetryAfter = "5";
            await WriteProblemAsync(context, StatusCodes.Status503ServiceUnavailable,
                "Idempotency keys cannot be checked right now.",
                "The store of idempotency keys is unreachable; retry the request later with the same key.");

            return;
        }

        if (claim?.LockValue is { } lockValue)
        {
            await RunAndStoreAsync(context, scope, fingerprint, lockValue);
        }
        else if (claim?.Existing is { } existing && existing.Fingerprint != fingerprint)
        {
            logger.ReusedForAnotherRequest(scope.LogHash);
            await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity,
                "The Idempotency-Key was used for a different request.",
                "A request with this key and another body or query was made before; use a new key for a new request.");
        }
        else if (claim?.Existing is { IsPending: false } stored)
        {
            await ReplayAsync(context, scope, stored);
        }
        else
        {
            logger.StillRunning(scope.LogHash);
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
            await WriteProblemAsync(context, StatusCodes.Status409Conflict,
                "A request with this Idempotency-Key is still running.",
                "Retry after it finishes; the repeat then gets the same response.");
        }
    }

    private static bool IsMutating(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method)
        || HttpMethods.IsDelete(method);

    /// <summary>
    /// 1 to 200 printable ASCII characters without a comma: a proxy joins repeated headers with commas, so a comma
    /// means the key was given more than once.
    /// </summary>
    private static bool IsValidKey(string? key) =>
        key is { Length: >= 1 and <= MaxKeyLength } && key.All(c => c is >= ' ' and <= '~' and not ',');

    private async Task RunAndStoreAsync(
        HttpContext context, IdempotencyScope scope, string fingerprint, RedisValue lockValue)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var capture = new ResponseCapture(original.Stream, options.Value.MaxStoredBodyBytes);
        var capturing = new StreamResponseBodyFeature(capture, original);
        context.Features.Set<IHttpResponseBodyFeature>(capturing);
        try
        {
            await next(context);
            await capturing.CompleteAsync();
        }
        catch
        {
            // Further out, the exception becomes a ProblemDetails (a 500, or a 400 for an unreadable body) that is
            // not this endpoint's answer: the key is freed for a retry.
            await ReleaseAsync(scope, lockValue);
            throw;
        }
        finally
        {
            context.Features.Set(original);
        }

        await StoreAsync(context.Response, scope, fingerprint, lockValue, capture);
        await capture.ReleaseHeldAsync(context.RequestAborted);
    }

    private async Task StoreAsync(
        HttpResponse response, IdempotencyScope scope, string fingerprint, RedisValue lockValue,
        ResponseCapture capture)
    {
        var status = response.StatusCode;
        if (status >= StatusCodes.Status500InternalServerError || status == StatusCodes.Status401Unauthorized)
        {
            logger.Released(scope.LogHash, status);
            await ReleaseAsync(scope, lockValue);

            return;
        }

        // Known limitation: a response body over MaxStoredBodyBytes (1 MB by default) is sent but not stored,
        // because Redis is no place for large documents; the key is freed and a repeat runs the endpoint again.
        if (capture.PassedThrough)
        {
            logger.TooLargeToStore(scope.LogHash, options.Value.MaxStoredBodyBytes);
            await ReleaseAsync(scope, lockValue);

            return;
        }

        var record = new IdempotencyRecord
        {
            Fingerprint = fingerprint,
            Status = status,
            ContentType = response.ContentType,
            Headers = KeptHeaders
                .Where(name => response.Headers.ContainsKey(name))
                .ToDictionary(name => name, name => response.Headers[name].ToString()),
            Body = capture.Held,
        };
        try
        {
            if (await store.CompleteAsync(scope, lockValue, record))
            {
                logger.Stored(scope.LogHash, status);
            }
            else
            {
                logger.LockLost(scope.LogHash);
            }
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            // The endpoint has done its work; its answer still goes to the client. The lock expires on its own.
            logger.RedisFailed(exception, scope.LogHash);
        }
    }

    private async Task ReleaseAsync(IdempotencyScope scope, RedisValue lockValue)
    {
        try
        {
            await store.ReleaseAsync(scope, lockValue);
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            logger.RedisFailed(exception, scope.LogHash);
        }
    }

    private async Task ReplayAsync(HttpContext context, IdempotencyScope scope, IdempotencyRecord stored)
    {
        var response = context.Response;
        response.StatusCode = stored.Status!.Value;
        response.ContentType = stored.ContentType;
        foreach (var (name, value) in stored.Headers)
        {
            response.Headers[name] = value;
        }

        response.Headers[IdempotencyHeaders.Replayed] = "true";
        logger.Replayed(scope.LogHash, stored.Status.Value);
        if (stored.Body.Length > 0)
        {
            response.ContentLength = stored.Body.Length;
            await response.Body.WriteAsync(stored.Body, context.RequestAborted);
        }
    }

    private static Task WriteInvalidKeyAsync(HttpContext context) =>
        TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    [IdempotencyHeaders.Key] =
                        [$"The key must be 1 to {MaxKeyLength} printable ASCII characters without a comma, "
                            + "given once."],
                },
                title: "The Idempotency-Key header is not valid.")
            .ExecuteAsync(context);

    private static Task WriteProblemAsync(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);
}
