using Kazynashylyk.Contracts.Platform;
using MassTransit;

namespace Kazynashylyk.ServiceDefaults.Messaging;

/// <summary>Answers a bus probe with this service's name and replica.</summary>
public sealed class PingServiceConsumer(ServiceIdentity identity) : IConsumer<PingService>
{
    public Task Consume(ConsumeContext<PingService> context) =>
        context.RespondAsync(new ServicePinged
        {
            ProbeId = context.Message.ProbeId,
            RespondedBy = identity.Name,
            Instance = identity.Instance,
        });
}
