using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using StackExchange.Redis;

namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>
/// Where a key is valid: the service, the method, the path, the caller (a SHA-256 of the Authorization header,
/// or "anonymous") and the key itself, hashed together into the Redis key, so neither the caller's token nor
/// the key is stored or logged in the clear. <see cref="LogHash"/> names the scope in logs.
/// </summary>
/// <remarks>
/// Known limitation: a retry sent with a renewed token is a new request, not a repeat, because the whole
/// Authorization header is the only identity of the caller there is before authentication has run.
/// </remarks>
internal sealed record IdempotencyScope(RedisKey RedisKey, string LogHash)
{
    private const string Prefix = "kazynashylyk:idempotency:";

    public static IdempotencyScope Of(string serviceName, HttpRequest request, string key)
    {
        var authorization = request.Headers.Authorization.ToString();
        var caller = authorization.Length == 0
            ? "anonymous"
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(authorization)));
        var scope = string.Join('\n', serviceName, request.Method, request.PathBase + request.Path, caller, key);
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)));

        return new IdempotencyScope($"{Prefix}{serviceName}:{digest}", digest[..16]);
    }
}
