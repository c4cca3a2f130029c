using Kazynashylyk.Registration.Data;
using Kazynashylyk.Registration.PersonalData;
using Kazynashylyk.Registration.Registrations;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Registration.TerritorialUnits;

/// <summary>
/// Brings the territorial units and their operators in line with the configuration at start-up: units and
/// operators are inserted or updated; an operator no longer configured is deactivated (kept, because agreements
/// name who signed them). A unit no longer configured is kept for the same reason. Replicas starting together
/// queue on a transaction-scoped advisory lock.
/// </summary>
public sealed class TerritorialUnitSeeder(
    RegistrationDbContext db,
    PersonalDataProtector protector,
    IinHasher iinHasher,
    TimeProvider time,
    ILogger<TerritorialUnitSeeder> logger)
{
    private const long LockKey = 0x6b7a_7265_6775_6e69;

    public async Task SeedAsync(IReadOnlyList<TerritorialUnitOptions> configured, CancellationToken cancellationToken)
    {
        Check(configured);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);

        var units = await db.TerritorialUnits.Include(u => u.Operators)
            .ToDictionaryAsync(u => u.Code, cancellationToken);
        var now = time.GetUtcNow();
        var kept = new HashSet<Guid>();
        foreach (var options in configured)
        {
            if (!units.TryGetValue(options.Code, out var unit))
            {
                unit = new TerritorialUnit
                {
                    Code = options.Code,
                    NameKk = options.NameKk,
                    NameRu = options.NameRu,
                    PlaceKk = options.PlaceKk,
                    PlaceRu = options.PlaceRu,
                    SignatoryTitle = options.SignatoryTitle,
                    AuthorityBasis = options.AuthorityBasis,
                };
                db.TerritorialUnits.Add(unit);
                units[unit.Code] = unit;
            }

            Update(unit, options);
            foreach (var operatorOptions in options.Operators)
            {
                kept.Add(Upsert(unit, operatorOptions, now).Id);
            }
        }

        var deactivated = 0;
        foreach (var stale in units.Values.SelectMany(u => u.Operators).Where(o => o.IsActive && !kept.Contains(o.Id)))
        {
            stale.IsActive = false;
            stale.UpdatedAt = now;
            deactivated++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        RegistrationLog.UnitsSeeded(logger, configured.Count, kept.Count, deactivated);
    }

    private static void Update(TerritorialUnit unit, TerritorialUnitOptions options)
    {
        unit.NameKk = options.NameKk;
        unit.NameRu = options.NameRu;
        unit.PlaceKk = options.PlaceKk;
        unit.PlaceRu = options.PlaceRu;
        unit.SignatoryTitle = options.SignatoryTitle;
        unit.AuthorityBasis = options.AuthorityBasis;
    }

    private TreasuryOperator Upsert(TerritorialUnit unit, TreasuryOperatorOptions options, DateTimeOffset now)
    {
        var hmac = iinHasher.Hash(options.Iin);
        var existing = unit.Operators.FirstOrDefault(o => o.IinHmac.AsSpan().SequenceEqual(hmac));
        if (existing is null)
        {
            var id = Guid.NewGuid();
            existing = new TreasuryOperator
            {
                Id = id,
                UnitCode = unit.Code,
                IinHmac = hmac,
                IinEncrypted = protector.Protect(options.Iin.Trim(), DataPurposes.OperatorIin(id)),
                Surname = options.Surname,
                Name = options.Name,
                Email = options.Email,
                UpdatedAt = now,
            };
            unit.Operators.Add(existing);
        }

        existing.Surname = options.Surname.Trim();
        existing.Name = options.Name.Trim();
        existing.Patronymic = string.IsNullOrWhiteSpace(options.Patronymic) ? null : options.Patronymic.Trim();
        existing.Email = options.Email.Trim();
        existing.IsActive = true;
        existing.UpdatedAt = now;

        return existing;
    }

    /// <summary>
    /// Refuses a configuration that would seed unusable data; names the unit and position, never an IIN.
    /// </summary>
    private static void Check(IReadOnlyList<TerritorialUnitOptions> configured)
    {
        foreach (var (unit, index) in configured.Select((u, i) => (u, i)))
        {
            var where = $"Registration:TerritorialUnits:{index}";
            if (string.IsNullOrWhiteSpace(unit.Code) || unit.Code.Length > 8 || string.IsNullOrWhiteSpace(unit.NameKk)
                || string.IsNullOrWhiteSpace(unit.NameRu) || string.IsNullOrWhiteSpace(unit.PlaceKk)
                || string.IsNullOrWhiteSpace(unit.PlaceRu) || string.IsNullOrWhiteSpace(unit.SignatoryTitle)
                || string.IsNullOrWhiteSpace(unit.AuthorityBasis))
            {
                throw new InvalidOperationException(
                    $"{where}: a unit needs a code (up to 8 characters), names, places, a signatory title and an "
                    + "authority basis.");
            }

            foreach (var (person, position) in unit.Operators.Select((o, i) => (o, i)))
            {
                if (!IdentifierChecksum.IsTwelveDigits(person.Iin?.Trim()) || string.IsNullOrWhiteSpace(person.Surname)
                    || string.IsNullOrWhiteSpace(person.Name) || string.IsNullOrWhiteSpace(person.Email))
                {
                    throw new InvalidOperationException(
                        $"{where}:Operators:{position}: an operator needs a 12-digit IIN, a surname, a name and an "
                        + "e-mail address.");
                }
            }
        }

        var duplicate = configured.GroupBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Registration:TerritorialUnits: the unit {duplicate.Key} appears twice.");
        }
    }
}
