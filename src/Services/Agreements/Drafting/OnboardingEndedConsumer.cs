using Kazynashylyk.Contracts.Registration;
using MassTransit;

namespace Kazynashylyk.Agreements.Drafting;

/// <summary>Takes the <see cref="OnboardingEnded"/> event and cancels the onboarding's agreement.</summary>
public sealed class OnboardingEndedConsumer(AgreementCancellation cancellation) : IConsumer<OnboardingEnded>
{
    public Task Consume(ConsumeContext<OnboardingEnded> context) =>
        cancellation.HandleAsync(context.Message, context.CancellationToken);
}
