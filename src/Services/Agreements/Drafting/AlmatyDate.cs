namespace Kazynashylyk.Agreements.Drafting;

/// <summary>The calendar date in Kazakhstan (Asia/Almaty), which an agreement's date and journal year follow.</summary>
public static class AlmatyDate
{
    // Kazakhstan has kept one zone, UTC+5, since 1 March 2024; the fixed offset serves where tzdata is missing.
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateOnly Of(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Almaty", TimeSpan.FromHours(5), "Almaty", "Almaty");
        }
    }
}
