using Kazynashylyk.Contracts.Agreements;
using MassTransit;

namespace Kazynashylyk.Registration.Lifecycle;

/// <summary>Takes <see cref="AgreementSigned"/> for the registration application it concerns.</summary>
public sealed class AgreementSignedConsumer(ApplicationLifecycle lifecycle) : IConsumer<AgreementSigned>
{
    public Task Consume(ConsumeContext<AgreementSigned> context) => lifecycle.AgreementSignedAsync(context);
}
