namespace Kazynashylyk.Agreements.Data;

/// <summary>
/// An agreement as drafted and signed: its journal number, the parties' keys for access checks, and the canonical
/// document every party signs. The document bytes are the record; names and terms are read from them.
/// </summary>
public sealed class Agreement
{
    public required Guid Id { get; init; }

    /// <summary>One of <see cref="AgreementKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The agreement a supplementary agreement or power of attorney annexes; null for a main one.</summary>
    public Guid? ParentAgreementId { get; init; }

    public required Guid OnboardingId { get; init; }

    /// <summary>The number from the unit's journal, <c>{unit}-{year}-{n}</c>.</summary>
    public required string JournalNumber { get; init; }

    public required string Place { get; init; }

    /// <summary>The drafting date, in Asia/Almaty time.</summary>
    public required DateOnly Date { get; init; }

    public required string UnitCode { get; init; }

    public required Guid ClientId { get; init; }

    public required string Bin { get; init; }

    public required Guid UserId { get; init; }

    /// <summary>The user's IIN: the user's signature is accepted only from a certificate carrying it.</summary>
    public required string UserIin { get; init; }

    /// <summary>The canonical JSON document (RFC 8785 style) that every party signs.</summary>
    public required byte[] Document { get; init; }

    /// <summary>SHA-256 of <see cref="Document"/>, lower-case hex.</summary>
    public required string DocumentSha256 { get; init; }

    /// <summary>One of <see cref="AgreementStates"/>.</summary>
    public required string State { get; set; }

    public string? CancelReason { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the last party signed: the agreement is in force from then.</summary>
    public DateTimeOffset? InForceFrom { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>: two concurrent changes of one agreement cannot both be saved.</summary>
    public uint Version { get; set; }

    public List<AgreementSignature> Signatures { get; init; } = [];
}
