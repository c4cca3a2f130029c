using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kazynashylyk.Registration.Data;

internal sealed class TerritorialUnitConfiguration : IEntityTypeConfiguration<TerritorialUnit>
{
    public void Configure(EntityTypeBuilder<TerritorialUnit> builder)
    {
        builder.ToTable("territorial_units");
        builder.HasKey(u => u.Code);
        builder.Property(u => u.Code).HasMaxLength(8);
        builder.Property(u => u.NameKk).HasMaxLength(300);
        builder.Property(u => u.NameRu).HasMaxLength(300);
        builder.Property(u => u.PlaceKk).HasMaxLength(100);
        builder.Property(u => u.PlaceRu).HasMaxLength(100);
        builder.Property(u => u.SignatoryTitle).HasMaxLength(300);
        builder.Property(u => u.AuthorityBasis).HasMaxLength(300);
        builder.HasMany(u => u.Operators).WithOne().HasForeignKey(o => o.UnitCode);
    }
}
