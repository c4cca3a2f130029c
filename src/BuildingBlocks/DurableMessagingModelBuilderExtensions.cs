using Kazynashylyk.BuildingBlocks.Inbox;
using Kazynashylyk.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kazynashylyk.BuildingBlocks;

/// <summary>
/// Maps the outbox and inbox tables into a service's own DbContext, so its migrations create them.
/// </summary>
public static class DurableMessagingModelBuilderExtensions
{
    /// <summary>Adds <c>outbox_message</c> and <c>inbox_message</c> (in the model's default schema).</summary>
    public static ModelBuilder AddDurableMessagingTables(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<OutboxMessage>(MapOutbox);
        modelBuilder.Entity<InboxMessage>(MapInbox);

        return modelBuilder;
    }

    private static void MapOutbox(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_message");
        builder.HasKey(x => x.SequenceNumber);
        builder.Property(x => x.SequenceNumber).HasColumnName("sequence_number").UseIdentityByDefaultColumn();
        builder.Property(x => x.MessageId).HasColumnName("message_id");
        builder.Property(x => x.ConversationId).HasColumnName("conversation_id");
        builder.Property(x => x.CorrelationId).HasColumnName("correlation_id");
        builder.Property(x => x.InitiatorId).HasColumnName("initiator_id");
        builder.Property(x => x.RequestId).HasColumnName("request_id");
        builder.Property(x => x.SourceAddress).HasColumnName("source_address").HasMaxLength(512);
        builder.Property(x => x.DestinationAddress).HasColumnName("destination_address").HasMaxLength(512);
        builder.Property(x => x.ResponseAddress).HasColumnName("response_address").HasMaxLength(512);
        builder.Property(x => x.FaultAddress).HasColumnName("fault_address").HasMaxLength(512);
        builder.Property(x => x.SentTime).HasColumnName("sent_time");
        builder.Property(x => x.ExpirationTime).HasColumnName("expiration_time");
        builder.Property(x => x.ContentType).HasColumnName("content_type").HasMaxLength(256);
        builder.Property(x => x.MessageType).HasColumnName("message_type");
        builder.Property(x => x.Body).HasColumnName("body");
        builder.Property(x => x.HeadersJson).HasColumnName("headers");
        builder.Property(x => x.TraceParent).HasColumnName("trace_parent").HasMaxLength(128);
        builder.Property(x => x.TraceState).HasColumnName("trace_state").HasMaxLength(512);
        builder.Property(x => x.ScheduleTokenId).HasColumnName("schedule_token_id");
        builder.Property(x => x.CreatedAt).HasColumnName("created_at");
        builder.Property(x => x.DueAt).HasColumnName("due_at");
        builder.Property(x => x.DispatchedAt).HasColumnName("dispatched_at");
        builder.Property(x => x.Attempts).HasColumnName("attempts");
        builder.Property(x => x.LastError).HasColumnName("last_error").HasMaxLength(1024);

        // The dispatcher scans pending rows in sequence order; the pruner scans dispatched rows by age.
        builder.HasIndex(x => new { x.SequenceNumber, x.DueAt })
            .HasDatabaseName("ix_outbox_message_pending")
            .HasFilter("dispatched_at IS NULL");
        builder.HasIndex(x => x.DispatchedAt)
            .HasDatabaseName("ix_outbox_message_dispatched")
            .HasFilter("dispatched_at IS NOT NULL");
        builder.HasIndex(x => x.ScheduleTokenId)
            .HasDatabaseName("ix_outbox_message_schedule_token")
            .HasFilter("schedule_token_id IS NOT NULL");
    }

    private static void MapInbox(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_message");
        builder.HasKey(x => new { x.MessageId, x.ConsumerId });
        builder.Property(x => x.MessageId).HasColumnName("message_id");
        builder.Property(x => x.ConsumerId).HasColumnName("consumer_id").HasMaxLength(256);
        builder.Property(x => x.ReceivedAt).HasColumnName("received_at");
        builder.HasIndex(x => x.ReceivedAt).HasDatabaseName("ix_inbox_message_received_at");
    }
}
