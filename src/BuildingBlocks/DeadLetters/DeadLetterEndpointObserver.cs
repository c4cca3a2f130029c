using MassTransit;
using MassTransit.Middleware;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.BuildingBlocks.DeadLetters;

/// <summary>
/// Gives every receive endpoint the dead-letter log event, ahead of MassTransit's own fault and error-queue filters.
/// </summary>
internal sealed class DeadLetterEndpointObserver : IEndpointConfigurationObserver
{
    private readonly ILogger _logger;

    public DeadLetterEndpointObserver(ILoggerFactory loggerFactory)
    {
        _logger = loggerFactory.CreateLogger("Kazynashylyk.BuildingBlocks.DeadLetters");
    }

    public void EndpointConfigured<T>(T configurator)
        where T : IReceiveEndpointConfigurator
    {
        // Configuring the error pipe replaces MassTransit's default one, so its two filters are added back here.
        configurator.ConfigureError(pipe =>
        {
            pipe.UseFilter(new DeadLetterLogFilter(_logger));
            pipe.UseFilter(new GenerateFaultFilter());
            pipe.UseFilter(new ErrorTransportFilter());
        });
    }
}
