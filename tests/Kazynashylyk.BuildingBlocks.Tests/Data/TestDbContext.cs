using Kazynashylyk.BuildingBlocks.Tests.Sagas;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.BuildingBlocks.Tests.Data;

/// <summary>A service's own DbContext: its data, its saga rows and the durable messaging tables.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<ProcessState> Processes => Set<ProcessState>();

    public DbSet<Effect> Effects => Set<Effect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddDurableMessagingTables();
        modelBuilder.ApplyConfiguration(new ProcessStateMap());
        modelBuilder.Entity<Effect>(b =>
        {
            b.ToTable("effect");
            b.Property(x => x.Id).HasColumnName("id");
            b.Property(x => x.ProcessId).HasColumnName("process_id");
            b.Property(x => x.Kind).HasColumnName("kind").HasMaxLength(32);
            b.Property(x => x.TraceId).HasColumnName("trace_id").HasMaxLength(32);
        });
    }
}
