using Kazynashylyk.BuildingBlocks;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Registration.Data;

/// <summary>
/// The Registration service's database: roles, territorial units and their operators, clients, system users and
/// registration applications, and the durable messaging tables. Every <see cref="IEntityTypeConfiguration{T}"/>
/// of this assembly is applied, so a new entity or saga map only needs its configuration class and a migration.
/// </summary>
public sealed class RegistrationDbContext(DbContextOptions<RegistrationDbContext> options) : DbContext(options)
{
    /// <summary>The sequence behind the applications' references.</summary>
    public const string ReferenceSequence = "registration_reference_seq";

    public DbSet<Role> Roles => Set<Role>();

    public DbSet<TerritorialUnit> TerritorialUnits => Set<TerritorialUnit>();

    public DbSet<TreasuryOperator> TreasuryOperators => Set<TreasuryOperator>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<SystemUser> SystemUsers => Set<SystemUser>();

    public DbSet<RegistrationApplication> Applications => Set<RegistrationApplication>();

    /// <summary>
    /// Takes the next number for an application's reference (numbers are never reused; gaps may occur).
    /// </summary>
    public async Task<long> NextReferenceNumberAsync(CancellationToken cancellationToken)
    {
        var values = await Database
            .SqlQueryRaw<long>($"SELECT nextval('{ReferenceSequence}') AS \"Value\"")
            .ToListAsync(cancellationToken);

        return values.Single();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddDurableMessagingTables();
        modelBuilder.HasSequence<long>(ReferenceSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistrationDbContext).Assembly);
    }
}
