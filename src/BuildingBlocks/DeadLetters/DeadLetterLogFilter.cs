using Kazynashylyk.BuildingBlocks.Logging;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.BuildingBlocks.DeadLetters;

/// <summary>
/// Logs the moment a message exhausted its retries and is moved to the endpoint's <c>_error</c> queue.
/// </summary>
internal sealed class DeadLetterLogFilter : IFilter<ExceptionReceiveContext>
{
    private readonly ILogger _logger;

    public DeadLetterLogFilter(ILogger logger)
    {
        _logger = logger;
    }

    public Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        var messageId = context.GetMessageId()?.ToString("D") ?? "unknown";
        _logger.MessageDeadLettered(
            context.Exception, messageId, context.InputAddress, context.Exception.GetType().Name);

        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deadLetterLog");
}
