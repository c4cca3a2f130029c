using MassTransit;

namespace Kazynashylyk.BuildingBlocks.Outbox;

/// <summary>
/// The outbox of an HTTP request (or any code outside a message handler): messages published, sent or scheduled
/// here are written with the request's DbContext changes by <see cref="SaveChangesAsync"/>, in one transaction.
/// </summary>
public interface IDurableOutbox
{
    /// <summary>Publishes into the outbox.</summary>
    public IPublishEndpoint PublishEndpoint { get; }

    /// <summary>Send endpoints that write into the outbox.</summary>
    public ISendEndpointProvider SendEndpointProvider { get; }

    /// <summary>Schedules into the outbox; cancelling deletes the row at the next save.</summary>
    public IMessageScheduler Scheduler { get; }

    /// <summary>Saves the DbContext's changes and the pending outbox rows in one transaction.</summary>
    public Task SaveChangesAsync(CancellationToken cancellationToken);
}
