using Kazynashylyk.BuildingBlocks;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Agreements.Data;

/// <summary>The Agreements service's database: agreements, their signatures and the units' journals.</summary>
public sealed class AgreementsDbContext(DbContextOptions<AgreementsDbContext> options) : DbContext(options)
{
    public DbSet<JournalCounter> JournalCounters => Set<JournalCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddDurableMessagingTables();

        modelBuilder.Entity<JournalCounter>(counter =>
        {
            counter.ToTable("journal_counters");
            counter.HasKey(c => new { c.UnitCode, c.Year });
            counter.Property(c => c.UnitCode).HasMaxLength(8);
        });
    }
}
