namespace Kazynashylyk.BuildingBlocks.Sagas;

/// <summary>
/// The partition held by one message while it works on one saga instance; released after commit or failure.
/// </summary>
internal sealed class SagaPartitionLease<TSaga> : IDisposable
    where TSaga : class
{
    private readonly SagaPartitionLocks<TSaga> _locks;
    private readonly CancellationToken _cancellationToken;
    private SemaphoreSlim? _held;

    public SagaPartitionLease(SagaPartitionLocks<TSaga> locks, CancellationToken cancellationToken)
    {
        _locks = locks;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Takes the instance's partition. A message touches one instance, so a second call for the same partition is a
    /// no-op; a different partition is not taken, because holding two could deadlock against another message.
    /// </summary>
    public async Task EnterAsync(Guid correlationId)
    {
        if (_held is not null)
        {
            return;
        }

        var partition = _locks.For(correlationId);
        await partition.WaitAsync(_cancellationToken);
        _held = partition;
    }

    public void Dispose()
    {
        _held?.Release();
        _held = null;
    }
}
