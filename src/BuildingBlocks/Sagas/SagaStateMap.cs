using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kazynashylyk.BuildingBlocks.Sagas;

/// <summary>
/// EF Core mapping of one saga state class: one row per instance keyed by correlation id, with the version column
/// as the optimistic concurrency token. A service derives one map per saga and applies it in its DbContext.
/// </summary>
/// <typeparam name="TSaga">The saga state class.</typeparam>
public abstract class SagaStateMap<TSaga> : IEntityTypeConfiguration<TSaga>
    where TSaga : class, SagaStateMachineInstance, ISagaVersion
{
    /// <summary>The table holding the instances, e.g. <c>onboarding_state</c>.</summary>
    protected abstract string TableName { get; }

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TSaga> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(TableName);
        // By name: lambdas over the interface members would not resolve to properties of the state class.
        builder.HasKey(nameof(ISaga.CorrelationId));
        builder.Property<Guid>(nameof(ISaga.CorrelationId)).HasColumnName("correlation_id").ValueGeneratedNever();
        builder.Property<int>(nameof(ISagaVersion.Version)).HasColumnName("version").IsConcurrencyToken();

        ConfigureState(builder);
    }

    /// <summary>Maps the saga's own properties (current state, data, schedule tokens).</summary>
    protected abstract void ConfigureState(EntityTypeBuilder<TSaga> builder);
}
