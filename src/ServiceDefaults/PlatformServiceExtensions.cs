using Kazynashylyk.BuildingBlocks;
using Kazynashylyk.ServiceDefaults.Data;
using Kazynashylyk.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.ServiceDefaults;

/// <summary>
/// What makes a process one of the four Kazynashylyk services: the defaults, Redis, its own database
/// (named <c>{service}db</c>, holding the outbox, inbox and saga tables too) and the durable bus; then, once
/// built, migrations, health and the bus probe.
/// </summary>
public static class PlatformServiceExtensions
{
    /// <summary>The connection name of a service's own database.</summary>
    public static string DatabaseNameOf(string serviceName) => $"{serviceName}db";

    public static WebApplicationBuilder AddPlatformService<TContext>(
        this WebApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configureBus = null)
        where TContext : DbContext
    {
        builder.AddServiceDefaults();
        builder.AddSharedRedis();
        builder.AddServiceDatabase<TContext>(DatabaseNameOf(serviceName));
        builder.Services.AddDurableMessaging<TContext>();
        builder.AddMessageBus(serviceName, configureBus);

        return builder;
    }

    /// <summary>Migrates the database, then maps the health endpoints and the bus probe.</summary>
    public static async Task<WebApplication> UsePlatformServiceAsync<TContext>(
        this WebApplication app,
        string serviceName)
        where TContext : DbContext
    {
        app.UseServiceDefaults();
        await app.MigrateDatabaseAsync<TContext>();
        app.MapDefaultEndpoints();
        app.MapBusProbe(serviceName);

        return app;
    }
}
