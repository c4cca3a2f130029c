namespace Kazynashylyk.BuildingBlocks.Outbox;

/// <summary>
/// Wakes the dispatcher of this process as soon as a transaction holding outbox rows has committed.
/// </summary>
public sealed class OutboxDispatchSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    /// <summary>Marks that new rows are ready; several notifications before a wait collapse into one.</summary>
    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the dispatcher will pick up every row in its next round anyway.
        }
    }

    /// <summary>Waits for a notification or the timeout, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
