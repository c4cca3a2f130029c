using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kazynashylyk.Registration.Data;

internal sealed class TreasuryOperatorConfiguration : IEntityTypeConfiguration<TreasuryOperator>
{
    public void Configure(EntityTypeBuilder<TreasuryOperator> builder)
    {
        builder.ToTable("treasury_operators");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => new { o.UnitCode, o.IinHmac }).IsUnique();
        builder.HasIndex(o => o.IinHmac);
        builder.Property(o => o.UnitCode).HasMaxLength(8);
        builder.Property(o => o.IinHmac).HasMaxLength(32);
        builder.Property(o => o.Surname).HasMaxLength(100);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Patronymic).HasMaxLength(100);
        builder.Property(o => o.Email).HasMaxLength(254);
    }
}
