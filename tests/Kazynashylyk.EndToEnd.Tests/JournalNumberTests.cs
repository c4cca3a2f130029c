using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Agreements.Journals;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class JournalNumberTests(AppHostFixture fixture)
{
    [Fact]
    public async Task NextAsync_FortyConcurrentCallers_GetOneToFortyEachOnce()
    {
        var connectionString = await fixture.ConnectionStringAsync("agreementsdb");
        var unit = $"T{Random.Shared.Next(0, 10_000_000):D7}";

        var numbers = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            await using var db = new AgreementsDbContext(
                new DbContextOptionsBuilder<AgreementsDbContext>().UseNpgsql(connectionString).Options);

            return await new JournalNumberAllocator(db).NextAsync(unit, 2026, CancellationToken.None);
        }));

        Assert.Equal(Enumerable.Range(1, 40), numbers.Select(n => n.Sequence).Order());
        Assert.All(numbers, n => Assert.Equal(unit, n.UnitCode));
    }

    [Fact]
    public async Task NextAsync_NewYear_StartsAgainAtOne()
    {
        var connectionString = await fixture.ConnectionStringAsync("agreementsdb");
        var unit = $"Y{Random.Shared.Next(0, 10_000_000):D7}";
        await using var db = new AgreementsDbContext(
            new DbContextOptionsBuilder<AgreementsDbContext>().UseNpgsql(connectionString).Options);
        var allocator = new JournalNumberAllocator(db);

        var first2026 = await allocator.NextAsync(unit, 2026, CancellationToken.None);
        var second2026 = await allocator.NextAsync(unit, 2026, CancellationToken.None);
        var first2027 = await allocator.NextAsync(unit, 2027, CancellationToken.None);

        Assert.Equal(
            [$"{unit}-2026-1", $"{unit}-2026-2", $"{unit}-2027-1"],
            new[] { first2026, second2026, first2027 }.Select(n => n.ToString()));
    }
}
