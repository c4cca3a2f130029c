namespace Kazynashylyk.Agreements.Data;

/// <summary>
/// The last journal number a territorial unit gave in a year: agreements are numbered sequentially per unit and
/// year, and a number once given is never reused.
/// </summary>
public sealed class JournalCounter
{
    public required string UnitCode { get; init; }

    public required int Year { get; init; }

    public required int LastNumber { get; set; }
}
