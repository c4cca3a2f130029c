namespace Kazynashylyk.Pki.Revocation;

/// <summary>
/// Shares revocation answers between verifications (and, backed by Redis, between replicas) until the
/// answer's own next update.
/// </summary>
public interface IRevocationStatusCache
{
    /// <summary>The cached answer for <paramref name="key"/>, or null.</summary>
    public ValueTask<RevocationAnswer?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="answer"/> until its <see cref="RevocationAnswer.ValidUntil"/>.</summary>
    public ValueTask SetAsync(string key, RevocationAnswer answer, CancellationToken cancellationToken);
}
