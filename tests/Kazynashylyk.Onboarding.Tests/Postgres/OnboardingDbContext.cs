using Kazynashylyk.BuildingBlocks;
using Kazynashylyk.Registration.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Onboarding.Tests.Postgres;

/// <summary>The part of the Registration database the onboarding needs: its saga table, outbox and inbox.</summary>
public sealed class OnboardingDbContext(DbContextOptions<OnboardingDbContext> options) : DbContext(options)
{
    public DbSet<OnboardingState> Onboardings => Set<OnboardingState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddDurableMessagingTables();
        modelBuilder.ApplyConfiguration(new OnboardingStateMap());
    }
}
