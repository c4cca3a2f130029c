using Kazynashylyk.BuildingBlocks;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Signature.Data;

/// <summary>The Signature service's database: verification reports and their evidence.</summary>
public sealed class SignatureDbContext(DbContextOptions<SignatureDbContext> options) : DbContext(options)
{
    public DbSet<VerificationReportRecord> Reports => Set<VerificationReportRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddDurableMessagingTables();

        modelBuilder.Entity<VerificationReportRecord>(report =>
        {
            report.ToTable("verification_reports");
            report.HasKey(r => r.Id);
            report.Property(r => r.Indication).HasMaxLength(32);
            report.Property(r => r.SubIndication).HasMaxLength(64);
            report.Property(r => r.TrustStore).HasMaxLength(32);
            report.Property(r => r.CmsSha256).HasMaxLength(64);
            report.Property(r => r.ReportJson).HasColumnType("jsonb");
            report.HasIndex(r => r.CmsSha256);
        });
    }
}
