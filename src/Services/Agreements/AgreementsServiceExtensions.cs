using Kazynashylyk.Agreements.Drafting;
using Kazynashylyk.Agreements.Journals;
using Kazynashylyk.Agreements.Signing;
using Kazynashylyk.Contracts.Agreements;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kazynashylyk.Agreements;

/// <summary>The Agreements service's own wiring: drafting, cancelling and signing, and their consumers.</summary>
public static class AgreementsServiceExtensions
{
    public static WebApplicationBuilder AddAgreements(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AgreementsOptions>().BindConfiguration(AgreementsOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<JournalNumberAllocator>();
        builder.Services.AddScoped<AgreementDrafting>();
        builder.Services.AddScoped<AgreementCancellation>();
        builder.Services.AddScoped<AgreementSigning>();

        return builder;
    }

    /// <summary>The queue of the Agreements service's <c>OnboardingEnded</c> subscription.</summary>
    public const string OnboardingEndedQueue = "agreements-onboarding-ended";

    /// <summary>
    /// Registers <see cref="DraftAgreementConsumer"/> on <see cref="AgreementQueues.DraftAgreement"/>, named in the
    /// contracts so senders need not know the endpoint naming, and the <c>OnboardingEnded</c> subscriber on a queue
    /// of its own: a consumer of the same class name in another service must not compete for its events.
    /// </summary>
    public static void ConfigureBus(IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<DraftAgreementConsumer>()
            .Endpoint(endpoint => endpoint.Name = AgreementQueues.DraftAgreement);
        bus.AddConsumer<OnboardingEndedConsumer>()
            .Endpoint(endpoint => endpoint.Name = OnboardingEndedQueue);
    }
}
