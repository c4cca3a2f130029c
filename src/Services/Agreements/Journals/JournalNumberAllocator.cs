using Kazynashylyk.Agreements.Data;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Agreements.Journals;

/// <summary>
/// Takes the next number from a unit's journal for a year. One upsert statement increments the counter row and
/// returns the new value, so concurrent callers (and replicas) never get the same number; a number taken inside a
/// transaction that later rolls back is given again, and one taken by a committed transaction is never reused.
/// </summary>
public sealed class JournalNumberAllocator(AgreementsDbContext db)
{
    public async Task<JournalNumber> NextAsync(string unitCode, int year, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        // Not composable (an INSERT … RETURNING cannot be a subquery), so it is run as written and read whole.
        var sequence = await db.Database
            .SqlQuery<int>($"""
                INSERT INTO journal_counters ("UnitCode", "Year", "LastNumber")
                VALUES ({unitCode}, {year}, 1)
                ON CONFLICT ("UnitCode", "Year")
                DO UPDATE SET "LastNumber" = journal_counters."LastNumber" + 1
                RETURNING "LastNumber" AS "Value"
                """)
            .ToListAsync(cancellationToken);

        return new JournalNumber(unitCode, year, sequence.Single());
    }
}
