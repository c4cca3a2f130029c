using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kazynashylyk.Registration.Data;

internal sealed class RegistrationApplicationConfiguration : IEntityTypeConfiguration<RegistrationApplication>
{
    public void Configure(EntityTypeBuilder<RegistrationApplication> builder)
    {
        builder.ToTable("registration_applications");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.HasIndex(a => a.UserId);
        builder.HasOne<SystemUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TerritorialUnit>().WithMany().HasForeignKey(a => a.UnitCode)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Reference).HasMaxLength(32);
        builder.Property(a => a.UnitCode).HasMaxLength(8);
        builder.Property(a => a.TermsVersion).HasMaxLength(32);
        builder.Property(a => a.FormSha256).HasMaxLength(64);
        builder.Property(a => a.Status).HasMaxLength(32);
        builder.Property(a => a.JournalNumber).HasMaxLength(64);
        builder.Property(a => a.FailureReason).HasMaxLength(1000);
        builder.Property(a => a.Version).IsRowVersion();
    }
}
