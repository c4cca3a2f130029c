using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>
/// Idempotency records in the shared Redis, so every replica of a service sees the same keys. The first request
/// takes the key with SET NX and a short expiry; only the holder of that lock may replace it with the response
/// or delete it, checked by Redis in the same transaction.
/// </summary>
internal sealed class IdempotencyStore(IConnectionMultiplexer redis, IOptions<IdempotencyOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Takes the key for a new request, or returns what it holds: a running request's lock or a stored response.
    /// Null when the key changed hands twice while asked (released and taken again), which the caller treats as
    /// still running.
    /// </summary>
    public async Task<IdempotencyClaim?> ClaimAsync(IdempotencyScope scope, string fingerprint)
    {
        var database = redis.GetDatabase();
        var lockRecord = new IdempotencyRecord { Fingerprint = fingerprint, LockId = Guid.NewGuid().ToString("N") };
        var lockValue = Serialize(lockRecord);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await database.StringSetAsync(scope.RedisKey, lockValue, options.Value.LockTimeout, When.NotExists))
            {
                return new IdempotencyClaim(lockValue, null);
            }

            var existing = await database.StringGetAsync(scope.RedisKey);
            if (existing.HasValue)
            {
                return new IdempotencyClaim(null, Deserialize(existing!));
            }

            // Released or expired between the two calls: try to take it again.
        }

        return null;
    }

    /// <summary>Replaces the lock with the response, kept for the retention; false when the lock was lost.</summary>
    public async Task<bool> CompleteAsync(IdempotencyScope scope, RedisValue lockValue, IdempotencyRecord response)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        transaction.AddCondition(Condition.StringEqual(scope.RedisKey, lockValue));
        _ = transaction.StringSetAsync(scope.RedisKey, Serialize(response), options.Value.Retention);

        return await transaction.ExecuteAsync();
    }

    /// <summary>Deletes the lock, if still held, so that the client may try the same key again.</summary>
    public async Task ReleaseAsync(IdempotencyScope scope, RedisValue lockValue)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        transaction.AddCondition(Condition.StringEqual(scope.RedisKey, lockValue));
        _ = transaction.KeyDeleteAsync(scope.RedisKey);
        await transaction.ExecuteAsync();
    }

    private static RedisValue Serialize(IdempotencyRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, Json);

    private static IdempotencyRecord Deserialize(byte[] value) =>
        JsonSerializer.Deserialize<IdempotencyRecord>(value, Json)
        ?? throw new InvalidOperationException("An idempotency record in Redis is empty.");
}
