using System.Text.Json;
using System.Text.Json.Serialization;
using Kazynashylyk.Pki.Revocation;
using StackExchange.Redis;

namespace Kazynashylyk.Signature.Verification;

/// <summary>
/// Revocation answers in Redis until they stop being valid (a CRL's next update, an OCSP answer's lifetime),
/// so every replica reuses what one of them fetched. Redis being down only costs a fresh lookup.
/// </summary>
public sealed partial class RedisRevocationStatusCache(
    IConnectionMultiplexer redis,
    TimeProvider time,
    ILogger<RedisRevocationStatusCache> logger) : IRevocationStatusCache
{
    private const string KeyPrefix = "kazynashylyk:revocation:";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async ValueTask<RevocationAnswer?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(KeyPrefix + key);
            var answer = value.HasValue ? JsonSerializer.Deserialize<RevocationAnswer>(value.ToString(), Json) : null;

            return answer is not null && answer.ValidUntil > time.GetUtcNow() ? answer : null;
        }
        catch (Exception exception) when (exception is RedisException or JsonException)
        {
            LogCacheUnavailable(logger, exception.GetType().Name);

            return null;
        }
    }

    public async ValueTask SetAsync(string key, RevocationAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var lifetime = answer.ValidUntil - time.GetUtcNow();
        if (lifetime <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await redis.GetDatabase().StringSetAsync(KeyPrefix + key, JsonSerializer.Serialize(answer, Json), lifetime);
        }
        catch (RedisException exception)
        {
            LogCacheUnavailable(logger, exception.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 4502, Level = LogLevel.Warning,
        Message = "Revocation status cache unavailable ({Reason}); the status is looked up afresh")]
    private static partial void LogCacheUnavailable(ILogger logger, string reason);
}
