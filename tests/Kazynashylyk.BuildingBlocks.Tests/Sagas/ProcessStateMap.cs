using Kazynashylyk.BuildingBlocks.Sagas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kazynashylyk.BuildingBlocks.Tests.Sagas;

public sealed class ProcessStateMap : SagaStateMap<ProcessState>
{
    protected override string TableName => "process_state";

    protected override void ConfigureState(EntityTypeBuilder<ProcessState> builder)
    {
        builder.Property(x => x.CurrentState).HasColumnName("current_state").HasMaxLength(64);
        builder.Property(x => x.Counter).HasColumnName("counter");
        builder.Property(x => x.TimeoutTokenId).HasColumnName("timeout_token_id");
        builder.Property(x => x.StartedAt).HasColumnName("started_at");
        builder.Property(x => x.TimedOutAt).HasColumnName("timed_out_at");
    }
}
