using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kazynashylyk.Registration.Data;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.ToTable("clients");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.TreasuryCode).IsUnique();
        builder.HasIndex(c => c.Bin).IsUnique();
        builder.Property(c => c.TreasuryCode).HasMaxLength(20);
        builder.Property(c => c.Bin).HasMaxLength(12);
        builder.Property(c => c.Name).HasMaxLength(500);
        builder.Property(c => c.LegalForm).HasMaxLength(100);
        builder.ComplexProperty(c => c.Head, head =>
        {
            head.Property(h => h.Surname).HasMaxLength(100).HasColumnName("HeadSurname");
            head.Property(h => h.Name).HasMaxLength(100).HasColumnName("HeadName");
            head.Property(h => h.Patronymic).HasMaxLength(100).HasColumnName("HeadPatronymic");
            head.Property(h => h.Position).HasMaxLength(300).HasColumnName("HeadPosition");
            head.Property(h => h.Email).HasMaxLength(254).HasColumnName("HeadEmail");
            head.Property(h => h.AuthorityBasis).HasMaxLength(300).HasColumnName("HeadAuthorityBasis");
        });
    }
}
