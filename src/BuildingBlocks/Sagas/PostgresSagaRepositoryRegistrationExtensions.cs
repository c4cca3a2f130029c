using Kazynashylyk.BuildingBlocks.Consuming;
using MassTransit;
using MassTransit.Configuration;
using MassTransit.Saga;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.BuildingBlocks.Sagas;

/// <summary>
/// One call per saga: <c>x.AddSagaStateMachine&lt;M, S&gt;().Repository(r =&gt; r.PostgresRepository())</c>.
/// </summary>
public static class PostgresSagaRepositoryRegistrationExtensions
{
    /// <summary>
    /// Stores the saga's instances in the service's DbContext (mapped with a <see cref="SagaStateMap{TSaga}"/>).
    /// </summary>
    public static void PostgresRepository<TSaga>(this ISagaRepositoryRegistrationConfigurator<TSaga> configurator)
        where TSaga : class, ISagaVersion
    {
        ArgumentNullException.ThrowIfNull(configurator);
        configurator.TryAddSingleton(provider => new SagaPartitionLocks<TSaga>(
            provider.GetRequiredService<IOptions<DurableMessagingOptions>>().Value.SagaPartitionCount));
        configurator.RegisterSagaRepository<TSaga, MessageUnitOfWork,
            SagaConsumeContextFactory<MessageUnitOfWork, TSaga>, PostgresSagaRepositoryContextFactory<TSaga>>();
        configurator.RegisterQuerySagaRepository<TSaga, PostgresSagaRepositoryContextFactory<TSaga>>();
        configurator.RegisterLoadSagaRepository<TSaga, PostgresSagaRepositoryContextFactory<TSaga>>();
    }
}
