using Kazynashylyk.Contracts.Agreements;
using MassTransit;

namespace Kazynashylyk.Registration.Lifecycle;

/// <summary>Takes <see cref="AgreementConcluded"/> for the registration application it concerns.</summary>
public sealed class AgreementConcludedConsumer(ApplicationLifecycle lifecycle) : IConsumer<AgreementConcluded>
{
    public Task Consume(ConsumeContext<AgreementConcluded> context) => lifecycle.AgreementConcludedAsync(context);
}
