using Kazynashylyk.Contracts.Agreements;
using MassTransit;

namespace Kazynashylyk.Registration.Lifecycle;

/// <summary>Takes <see cref="AgreementDrafted"/> for the registration application it concerns.</summary>
public sealed class AgreementDraftedConsumer(ApplicationLifecycle lifecycle) : IConsumer<AgreementDrafted>
{
    public Task Consume(ConsumeContext<AgreementDrafted> context) => lifecycle.AgreementDraftedAsync(context);
}
