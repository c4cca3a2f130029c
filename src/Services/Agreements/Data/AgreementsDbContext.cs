using Kazynashylyk.BuildingBlocks;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Agreements.Data;

/// <summary>The Agreements service's database: agreements, their signatures and the units' journals.</summary>
public sealed class AgreementsDbContext(DbContextOptions<AgreementsDbContext> options) : DbContext(options)
{
    public DbSet<JournalCounter> JournalCounters => Set<JournalCounter>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementSignature> Signatures => Set<AgreementSignature>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddDurableMessagingTables();

        modelBuilder.Entity<JournalCounter>(counter =>
        {
            counter.ToTable("journal_counters");
            counter.HasKey(c => new { c.UnitCode, c.Year });
            counter.Property(c => c.UnitCode).HasMaxLength(8);
        });

        modelBuilder.Entity<Agreement>(agreement =>
        {
            agreement.ToTable("agreements");
            agreement.HasKey(a => a.Id);
            agreement.HasIndex(a => new { a.OnboardingId, a.Kind }).IsUnique();
            agreement.HasIndex(a => a.JournalNumber).IsUnique();
            agreement.HasIndex(a => a.UserId);
            agreement.HasIndex(a => a.Bin);
            agreement.HasIndex(a => a.UnitCode);
            agreement.HasIndex(a => a.ParentAgreementId);
            agreement.Property(a => a.Kind).HasMaxLength(32);
            agreement.Property(a => a.JournalNumber).HasMaxLength(32);
            agreement.Property(a => a.Place).HasMaxLength(200);
            agreement.Property(a => a.UnitCode).HasMaxLength(8);
            agreement.Property(a => a.Bin).HasMaxLength(12);
            agreement.Property(a => a.UserIin).HasMaxLength(12);
            agreement.Property(a => a.DocumentSha256).HasMaxLength(64);
            agreement.Property(a => a.State).HasMaxLength(32);
            agreement.Property(a => a.CancelReason).HasMaxLength(1000);
            agreement.Property(a => a.Version).IsRowVersion();
            agreement.HasMany(a => a.Signatures).WithOne().HasForeignKey(s => s.AgreementId)
                .OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AgreementSignature>(signature =>
        {
            signature.ToTable("agreement_signatures");

            // One signature per party: a second one for the same party cannot be stored, even by a racing request.
            signature.HasKey(s => new { s.AgreementId, s.Party });
            signature.HasIndex(s => s.ReportId).IsUnique();
            signature.Property(s => s.Party).HasMaxLength(32);
            signature.Property(s => s.CertificateSerial).HasMaxLength(128);
            signature.Property(s => s.SignerBin).HasMaxLength(12);
            signature.Property(s => s.CmsSha256).HasMaxLength(64);
        });
    }
}
