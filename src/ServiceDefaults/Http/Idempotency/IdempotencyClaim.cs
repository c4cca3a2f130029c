using StackExchange.Redis;

namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>
/// The answer to claiming a key: either the lock this request now holds (<see cref="LockValue"/>), or the record
/// another request left (<see cref="Existing"/>).
/// </summary>
internal sealed record IdempotencyClaim(RedisValue? LockValue, IdempotencyRecord? Existing);
