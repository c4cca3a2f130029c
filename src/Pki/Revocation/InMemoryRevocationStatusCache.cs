using System.Collections.Concurrent;

namespace Kazynashylyk.Pki.Revocation;

/// <summary>A process-local <see cref="IRevocationStatusCache"/>, for tools, tests and single instances.</summary>
public sealed class InMemoryRevocationStatusCache : IRevocationStatusCache
{
    private readonly ConcurrentDictionary<string, RevocationAnswer> answers = new(StringComparer.Ordinal);
    private readonly TimeProvider time;

    /// <summary>Creates a cache expiring answers by <paramref name="time"/>.</summary>
    public InMemoryRevocationStatusCache(TimeProvider time)
    {
        this.time = time;
    }

    public ValueTask<RevocationAnswer?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (answers.TryGetValue(key, out var answer) && answer.ValidUntil > time.GetUtcNow())
        {
            return ValueTask.FromResult<RevocationAnswer?>(answer);
        }

        return ValueTask.FromResult<RevocationAnswer?>(null);
    }

    public ValueTask SetAsync(string key, RevocationAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        answers[key] = answer;

        return ValueTask.CompletedTask;
    }
}
