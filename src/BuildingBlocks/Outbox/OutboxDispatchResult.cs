namespace Kazynashylyk.BuildingBlocks.Outbox;

/// <summary>What one dispatch round did: rows claimed, rows sent, and whether the broker refused any.</summary>
public readonly record struct OutboxDispatchResult(int Claimed, int Sent, bool BrokerFailed);
