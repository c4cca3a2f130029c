using System.Globalization;

namespace Kazynashylyk.Agreements.Journals;

/// <summary>
/// A number from a territorial unit's journal: sequential per unit and year, written <c>{unit}-{year}-{sequence}</c>
/// (for example <c>0101-2026-17</c>).
/// </summary>
public sealed record JournalNumber(string UnitCode, int Year, int Sequence)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{UnitCode}-{Year}-{Sequence}");
}
