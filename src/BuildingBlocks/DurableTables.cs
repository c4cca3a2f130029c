using Kazynashylyk.BuildingBlocks.Inbox;
using Kazynashylyk.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.BuildingBlocks;

/// <summary>
/// Quoted, schema-qualified table names read from a DbContext's model, for the few statements written in SQL.
/// </summary>
internal sealed record DurableTables(string Outbox, string Inbox)
{
    public static DurableTables From(DbContext db)
    {
        return new DurableTables(Name(db, typeof(OutboxMessage)), Name(db, typeof(InboxMessage)));
    }

    private static string Name(DbContext db, Type entity)
    {
        // A service may give its DbContext a default schema; the mapped names are the only reliable source.
        var type = db.Model.FindEntityType(entity)
            ?? throw new InvalidOperationException(
                $"{db.GetType().Name} has no {entity.Name} table; call modelBuilder.AddDurableMessagingTables().");
        var table = type.GetTableName()!;
        var schema = type.GetSchema();

        return schema is null ? Quote(table) : $"{Quote(schema)}.{Quote(table)}";
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
