using Kazynashylyk.Contracts.Registration;
using MassTransit;

namespace Kazynashylyk.Registration.Lifecycle;

/// <summary>Takes <see cref="ActivateSystemUser"/> for the registration application it concerns.</summary>
public sealed class ActivateSystemUserConsumer(ApplicationLifecycle lifecycle) : IConsumer<ActivateSystemUser>
{
    public Task Consume(ConsumeContext<ActivateSystemUser> context) => lifecycle.ActivateAsync(context);
}
