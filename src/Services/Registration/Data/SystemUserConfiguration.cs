using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kazynashylyk.Registration.Data;

internal sealed class SystemUserConfiguration : IEntityTypeConfiguration<SystemUser>
{
    public void Configure(EntityTypeBuilder<SystemUser> builder)
    {
        builder.ToTable("system_users");
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => u.Login).IsUnique();
        builder.HasIndex(u => u.IinHmac);
        // One pending or active user per person and client, even when registrations race; closed ones may repeat.
        builder.HasIndex(u => new { u.ClientId, u.IinHmac })
            .IsUnique()
            .HasFilter($"\"Status\" IN ('{SystemUserStatus.Pending}', '{SystemUserStatus.Active}')");
        builder.HasOne<Client>().WithMany().HasForeignKey(u => u.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Role>().WithMany().HasForeignKey(u => u.RoleCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.Login).HasMaxLength(32);
        builder.Property(u => u.IinHmac).HasMaxLength(32);
        builder.Property(u => u.Surname).HasMaxLength(100);
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.Property(u => u.Patronymic).HasMaxLength(100);
        builder.Property(u => u.Position).HasMaxLength(300);
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.Phone).HasMaxLength(20);
        builder.Property(u => u.Language).HasMaxLength(2);
        builder.Property(u => u.RoleCode).HasMaxLength(50);
        builder.Property(u => u.Status).HasMaxLength(32);
        builder.Property(u => u.CertificateSerial).HasMaxLength(64);
        builder.Property(u => u.Version).IsRowVersion();
    }
}
