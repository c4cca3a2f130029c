using Kazynashylyk.BuildingBlocks;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Registration.Data;

/// <summary>The Registration service's database: clients, system users, roles and territorial units.</summary>
public sealed class RegistrationDbContext(DbContextOptions<RegistrationDbContext> options) : DbContext(options)
{
    public DbSet<TerritorialUnit> TerritorialUnits => Set<TerritorialUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddDurableMessagingTables();

        modelBuilder.Entity<TerritorialUnit>(unit =>
        {
            unit.ToTable("territorial_units");
            unit.HasKey(u => u.Code);
            unit.Property(u => u.Code).HasMaxLength(8);
            unit.Property(u => u.NameKk).HasMaxLength(300);
            unit.Property(u => u.NameRu).HasMaxLength(300);
        });
    }
}
