using Kazynashylyk.BuildingBlocks.Logging;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Kazynashylyk.BuildingBlocks.DeadLetters;

/// <summary>
/// Sends dead-lettered messages back to their queue: takes them from <c>{queue}_error</c> one by one, strips the
/// fault headers, publishes them to the queue's exchange with a publisher confirm, then acknowledges the copy in
/// the error queue. A crash in between leaves a duplicate, which the consumer's inbox ignores.
/// </summary>
public sealed class DeadLetterRedelivery
{
    private readonly Uri _brokerAddress;
    private readonly ILogger<DeadLetterRedelivery> _logger;

    /// <param name="brokerAddress">AMQP address with credentials, e.g. <c>amqp://user:pass@host:5672/vhost</c>.</param>
    /// <param name="logger">Logger for the redelivery event.</param>
    public DeadLetterRedelivery(Uri brokerAddress, ILogger<DeadLetterRedelivery> logger)
    {
        _brokerAddress = brokerAddress;
        _logger = logger;
    }

    /// <summary>Moves up to <paramref name="maxMessages"/> messages from the queue's error queue back to it.</summary>
    /// <param name="queueName">The receive endpoint's queue, without the <c>_error</c> suffix.</param>
    /// <param name="maxMessages">Upper bound for one call.</param>
    /// <param name="cancellationToken">Stops between two messages.</param>
    /// <returns>How many messages were sent back.</returns>
    public async Task<int> RedeliverAsync(string queueName, int maxMessages, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        var errorQueue = queueName + "_error";
        var factory = new ConnectionFactory { Uri = _brokerAddress };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        var options = new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var channel = await connection.CreateChannelAsync(options, cancellationToken);

        var count = 0;
        while (count < maxMessages)
        {
            var delivery = await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken);
            if (delivery is null)
            {
                break;
            }

            var properties = new BasicProperties(delivery.BasicProperties);
            if (properties.Headers is { } headers)
            {
                foreach (var key in headers.Keys.Where(IsFaultHeader).ToList())
                {
                    headers.Remove(key);
                }
            }

            // MassTransit binds an exchange named after each queue to it; publishing there reaches only this queue.
            await channel.BasicPublishAsync(
                queueName, string.Empty, true, properties, delivery.Body, cancellationToken);
            // Only after the broker confirmed the copy: losing a message is worse than sending it twice.
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
            count++;
        }

        _logger.DeadLettersRedelivered(count, errorQueue, queueName);

        return count;
    }

    private static bool IsFaultHeader(string key) =>
        key.StartsWith("MT-Fault-", StringComparison.Ordinal) || key == "MT-Reason";
}
