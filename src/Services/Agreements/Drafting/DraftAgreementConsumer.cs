using Kazynashylyk.Contracts.Agreements;
using MassTransit;

namespace Kazynashylyk.Agreements.Drafting;

/// <summary>Takes <see cref="DraftAgreement"/> from <see cref="AgreementQueues.DraftAgreement"/>.</summary>
public sealed class DraftAgreementConsumer(AgreementDrafting drafting) : IConsumer<DraftAgreement>
{
    public Task Consume(ConsumeContext<DraftAgreement> context) => drafting.HandleAsync(context);
}
