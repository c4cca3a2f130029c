using Kazynashylyk.BuildingBlocks;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Notifications.Data;

/// <summary>The Notifications service's database: messages, delivery records and the in-app feed.</summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<DeliveryRecord> Deliveries => Set<DeliveryRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddDurableMessagingTables();

        modelBuilder.Entity<DeliveryRecord>(delivery =>
        {
            delivery.ToTable("delivery_records");
            delivery.HasKey(d => d.Id);
            delivery.HasIndex(d => d.DeduplicationKey).IsUnique();
            delivery.Property(d => d.DeduplicationKey).HasMaxLength(200);
            delivery.Property(d => d.Channel).HasMaxLength(16);
            delivery.Property(d => d.Template).HasMaxLength(100);
            delivery.Property(d => d.Status).HasMaxLength(16);
        });
    }
}
