using Kazynashylyk.Contracts.Registration;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Registration.Lifecycle;
using Kazynashylyk.Registration.Login;
using Kazynashylyk.Registration.Onboarding;
using Kazynashylyk.Registration.PersonalData;
using Kazynashylyk.Registration.Registrations;
using Kazynashylyk.Registration.Signatures;
using Kazynashylyk.Registration.TerritorialUnits;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.Registration;

/// <summary>The Registration service's own wiring: personal-data keys, registrations, login, consumers.</summary>
public static class RegistrationServiceExtensions
{
    /// <summary>
    /// The queue of the consumers that follow an onboarding's agreement and end; prefixed with the service's name
    /// so another service's consumer of the same events never shares it.
    /// </summary>
    public const string ProgressQueue = "registration-onboarding-progress";

    /// <summary>
    /// Adds the service's components. Throws at start-up when the personal-data key or the JWT signing key is
    /// missing or short, or the terms of use have no version.
    /// </summary>
    public static WebApplicationBuilder AddRegistration(this WebApplicationBuilder builder)
    {
        var keys = PersonalDataKeys.FromSetting(builder.Configuration[PersonalDataKeys.Setting]);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton<PersonalDataProtector>();
        builder.Services.AddSingleton<IinHasher>();
        builder.Services.AddOptions<RegistrationOptions>().BindConfiguration(RegistrationOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.TermsOfUse.Version),
                "Registration:TermsOfUse:Version must name the terms of use in force.")
            .ValidateOnStart();
        builder.Services.AddOptions<LoginOptions>().BindConfiguration(LoginOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);

        builder.Services.AddScoped<RegistrationService>();
        builder.Services.AddScoped<FormSignatureService>();
        builder.Services.AddScoped<SignatureVerifier>();
        builder.Services.AddScoped<TerritorialUnitSeeder>();
        builder.Services.AddSingleton<LoginChallengeStore>();
        builder.Services.AddSingleton<AccessTokenIssuer>();
        builder.Services.AddScoped<LoginService>();
        builder.Services.AddScoped<ApplicationLifecycle>();
        builder.Services.AddScoped<TreasuryOperatorDirectory>();

        return builder;
    }

    /// <summary>
    /// Registers the service's consumers on their queues and the request client for signature verification.
    /// Sagas of the service are added here too.
    /// </summary>
    public static void ConfigureBus(IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddRequestClient<VerifySignature>(SignatureVerifier.VerifySignatureAddress);

        bus.AddConsumer<ActivateSystemUserConsumer>()
            .Endpoint(endpoint => endpoint.Name = RegistrationQueues.ActivateSystemUser);
        bus.AddConsumer<CheckTreasuryOperatorConsumer>()
            .Endpoint(endpoint => endpoint.Name = RegistrationQueues.CheckTreasuryOperator);

        bus.AddConsumer<AgreementDraftedConsumer>().Endpoint(endpoint => endpoint.Name = ProgressQueue);
        bus.AddConsumer<AgreementSignedConsumer>().Endpoint(endpoint => endpoint.Name = ProgressQueue);
        bus.AddConsumer<AgreementConcludedConsumer>().Endpoint(endpoint => endpoint.Name = ProgressQueue);
        bus.AddConsumer<OnboardingEndedConsumer>().Endpoint(endpoint => endpoint.Name = ProgressQueue);

        bus.AddOnboardingSaga();
    }

    /// <summary>Upserts the configured territorial units and operators; call after the database is migrated.</summary>
    public static async Task SeedTerritorialUnitsAsync(this WebApplication app)
    {
        var units = app.Services.GetRequiredService<IOptions<RegistrationOptions>>().Value.TerritorialUnits;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TerritorialUnitSeeder>()
            .SeedAsync(units.ToList(), app.Lifetime.ApplicationStopping);
    }
}
