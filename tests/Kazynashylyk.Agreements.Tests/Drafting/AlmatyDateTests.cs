using Kazynashylyk.Agreements.Drafting;

namespace Kazynashylyk.Agreements.Tests.Drafting;

public sealed class AlmatyDateTests
{
    [Fact]
    public void Of_NewYearsEveAfterSevenPmUtc_AlreadyNextYearInAlmaty()
    {
        var date = AlmatyDate.Of(new DateTimeOffset(2026, 12, 31, 19, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 1, 1), date);
    }

    [Fact]
    public void Of_MorningUtc_SameDay()
    {
        var date = AlmatyDate.Of(new DateTimeOffset(2026, 12, 3, 6, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 12, 3), date);
    }
}
