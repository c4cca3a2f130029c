using Microsoft.Extensions.Logging;

namespace Kazynashylyk.ServiceDefaults.Http.Idempotency;

/// <summary>
/// The log events of idempotency keys (range 1100-1199). A key is named only by its scope's hash, never in the
/// clear: a key may be guessable and the scope includes the caller's token.
/// </summary>
internal static partial class IdempotencyLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug,
        Message = "Idempotency key {KeyHash}: stored the {Status} response")]
    public static partial void Stored(this ILogger logger, string keyHash, int status);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information,
        Message = "Idempotency key {KeyHash}: replayed the stored {Status} response")]
    public static partial void Replayed(this ILogger logger, string keyHash, int status);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Idempotency key {KeyHash}: reused for a different request, refused with 422")]
    public static partial void ReusedForAnotherRequest(this ILogger logger, string keyHash);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information,
        Message = "Idempotency key {KeyHash}: the first request is still running, answered 409")]
    public static partial void StillRunning(this ILogger logger, string keyHash);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information,
        Message = "Idempotency key {KeyHash}: released after a {Status} response, the client may retry")]
    public static partial void Released(this ILogger logger, string keyHash, int status);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Warning,
        Message = "Idempotency key {KeyHash}: the response body exceeds {Limit} bytes and was not stored")]
    public static partial void TooLargeToStore(this ILogger logger, string keyHash, int limit);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning,
        Message = "Idempotency key {KeyHash}: the first request ran past the lock timeout; its response is not stored")]
    public static partial void LockLost(this ILogger logger, string keyHash);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Error,
        Message = "Idempotency key {KeyHash}: Redis could not be reached")]
    public static partial void RedisFailed(this ILogger logger, Exception exception, string keyHash);
}
