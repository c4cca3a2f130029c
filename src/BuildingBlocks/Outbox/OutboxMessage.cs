using MassTransit;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace Kazynashylyk.BuildingBlocks.Outbox;

/// <summary>
/// One message waiting in (or already sent from) the outbox: the serialized envelope, its headers, where it goes
/// and when it is due. A scheduled message is a row whose <see cref="DueAt"/> lies in the future.
/// </summary>
public sealed class OutboxMessage : OutboxMessageContext
{
    private static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>();

    private Headers? _headers;

    public long SequenceNumber { get; set; }

    public Guid MessageId { get; set; }

    public Guid? ConversationId { get; set; }

    public Guid? CorrelationId { get; set; }

    public Guid? InitiatorId { get; set; }

    public Guid? RequestId { get; set; }

    public Uri? SourceAddress { get; set; }

    public Uri? DestinationAddress { get; set; }

    public Uri? ResponseAddress { get; set; }

    public Uri? FaultAddress { get; set; }

    public DateTime? SentTime { get; set; }

    public DateTime? ExpirationTime { get; set; }

    public required string ContentType { get; set; }

    public required string MessageType { get; set; }

    public required string Body { get; set; }

    /// <summary>The send headers as a JSON object.</summary>
    public required string HeadersJson { get; set; }

    /// <summary>W3C trace context of the activity that wrote the row, so the trace continues through the bus.</summary>
    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }

    /// <summary>Token of a scheduled message; cancelling deletes the undispatched row holding it.</summary>
    public Guid? ScheduleTokenId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime DueAt { get; set; }

    public DateTime? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    Guid? MessageContext.MessageId => MessageId;

    Headers MessageContext.Headers => _headers ??= new DictionarySendHeaders(OutboxHeaders.Read(this));

    // The host that wrote the row is part of the serialized envelope already; the send pipe does not read it.
    HostInfo MessageContext.Host => null!;

    IReadOnlyDictionary<string, object> OutboxMessageContext.Properties => NoProperties;

    Uri MessageContext.SourceAddress => SourceAddress!;

    Uri MessageContext.DestinationAddress => DestinationAddress!;

    Uri MessageContext.ResponseAddress => ResponseAddress!;

    Uri MessageContext.FaultAddress => FaultAddress!;
}
