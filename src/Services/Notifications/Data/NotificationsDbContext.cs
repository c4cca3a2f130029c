using Kazynashylyk.BuildingBlocks;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Notifications.Data;

/// <summary>The Notifications service's database: delivery records and the in-app feed.</summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<DeliveryRecord> Deliveries => Set<DeliveryRecord>();

    public DbSet<FeedItem> FeedItems => Set<FeedItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddDurableMessagingTables();

        modelBuilder.Entity<DeliveryRecord>(delivery =>
        {
            delivery.ToTable("delivery_records");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.TraceId).HasMaxLength(32);
            delivery.HasIndex(d => d.DeduplicationKey).IsUnique();
            delivery.HasIndex(d => d.NotificationId);
            delivery.Property(d => d.DeduplicationKey).HasMaxLength(200);
            delivery.Property(d => d.Channel).HasMaxLength(16);
            delivery.Property(d => d.Template).HasMaxLength(100);
            delivery.Property(d => d.Language).HasMaxLength(8);
            delivery.Property(d => d.RecipientHash).HasMaxLength(64);
            delivery.Property(d => d.Status).HasMaxLength(16);
            delivery.Property(d => d.LastError).HasMaxLength(1000);
        });

        modelBuilder.Entity<FeedItem>(item =>
        {
            item.ToTable("feed_items");
            item.HasKey(f => f.Id);
            item.HasIndex(f => f.NotificationId).IsUnique();
            item.HasIndex(f => new { f.UserId, f.CreatedAt });
            item.Property(f => f.Language).HasMaxLength(8);
            item.Property(f => f.Title).HasMaxLength(300);
            item.Property(f => f.Text).HasMaxLength(4000);
        });
    }
}
