using Kazynashylyk.BuildingBlocks.Sagas;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kazynashylyk.Registration.Onboarding;

/// <summary>The onboarding saga's wiring into the service's bus.</summary>
public static class OnboardingSagaRegistration
{
    /// <summary>
    /// Registers the onboarding state machine on the PostgreSQL saga repository (the DbContext applies
    /// <see cref="OnboardingStateMap"/>) and binds <see cref="OnboardingOptions"/> to the <c>Onboarding</c> section.
    /// </summary>
    public static IBusRegistrationConfigurator AddOnboardingSaga(this IBusRegistrationConfigurator bus)
    {
        bus.AddOnboardingStateMachine().Repository(r => r.PostgresRepository());

        return bus;
    }

    /// <summary>
    /// The state machine and its settings without a repository, for a caller that chooses one (tests use the
    /// in-memory repository).
    /// </summary>
    public static ISagaRegistrationConfigurator<OnboardingState> AddOnboardingStateMachine(
        this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddOptions<OnboardingOptions>()
            .BindConfiguration(OnboardingOptions.Section)
            .Validate(o => o.ExpireAfter > TimeSpan.Zero, "Onboarding:ExpireAfter must be positive.")
            .ValidateOnStart();
        bus.TryAddSingleton(TimeProvider.System);

        return bus.AddSagaStateMachine<OnboardingStateMachine, OnboardingState>();
    }
}
