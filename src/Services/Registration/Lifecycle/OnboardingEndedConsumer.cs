using Kazynashylyk.Contracts.Registration;
using MassTransit;

namespace Kazynashylyk.Registration.Lifecycle;

/// <summary>Takes <see cref="OnboardingEnded"/> for the registration application it concerns.</summary>
public sealed class OnboardingEndedConsumer(ApplicationLifecycle lifecycle) : IConsumer<OnboardingEnded>
{
    public Task Consume(ConsumeContext<OnboardingEnded> context) => lifecycle.EndAsync(context);
}
