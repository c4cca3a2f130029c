namespace Kazynashylyk.BuildingBlocks.Sagas;

/// <summary>
/// Serialises, within this process, the messages that target one saga instance, from load to commit, so that
/// concurrent events of one instance queue up here instead of failing on the version check and retrying.
/// </summary>
/// <typeparam name="TSaga">One set of partitions per saga type.</typeparam>
public sealed class SagaPartitionLocks<TSaga> : IDisposable
    where TSaga : class
{
    private readonly SemaphoreSlim[] _partitions;

    public SagaPartitionLocks(int partitionCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitionCount, 1);
        _partitions = new SemaphoreSlim[partitionCount];
        for (var i = 0; i < partitionCount; i++)
        {
            _partitions[i] = new SemaphoreSlim(1, 1);
        }
    }

    internal SemaphoreSlim For(Guid correlationId) =>
        _partitions[(int)((uint)correlationId.GetHashCode() % (uint)_partitions.Length)];

    public void Dispose()
    {
        foreach (var partition in _partitions)
        {
            partition.Dispose();
        }
    }
}
