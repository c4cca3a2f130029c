using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kazynashylyk.Registration.Data;

/// <summary>
/// The roles table and its seed. The recommendations' own role list and codes are not available; these three
/// follow what is known: a first signature (the head), a second signature (the chief accountant) and users who
/// prepare documents. A new role is a new row (a migration), not new code.
/// </summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> builder)
    {
        builder.ToTable("roles");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(50);
        builder.Property(r => r.NameKk).HasMaxLength(200);
        builder.Property(r => r.NameRu).HasMaxLength(200);

        // Compared by content: with the default comparison every migration would rewrite the seeded rows.
        builder.Property(r => r.QualifyingEkus).Metadata.SetValueComparer(ListComparer);
        builder.Property(r => r.DocumentTypes).Metadata.SetValueComparer(ListComparer);
        builder.HasData(Seed);
    }

    private static readonly ValueComparer<List<string>> ListComparer = new(
        (left, right) => left == null ? right == null : right != null && left.SequenceEqual(right),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
        list => list.ToList());

    /// <summary>The roles every database starts with.</summary>
    public static IReadOnlyList<Role> Seed { get; } =
    [
        new Role
        {
            Code = "first-head",
            NameKk = "Бірінші басшы",
            NameRu = "Первый руководитель",
            QualifyingEkus = [CertificateRoleOids.FirstHead],
            DocumentTypes =
            [
                DocumentTypes.RegistrationForm, DocumentTypes.EdsAgreement, DocumentTypes.SupplementaryAgreement,
                DocumentTypes.PowerOfAttorney, DocumentTypes.AccessApplication, DocumentTypes.FinancingPlanChange,
                DocumentTypes.PaymentInvoice,
            ],
        },
        new Role
        {
            Code = "chief-accountant",
            NameKk = "Бас бухгалтер",
            NameRu = "Главный бухгалтер",
            QualifyingEkus = [CertificateRoleOids.RightToSign, CertificateRoleOids.FinancialSigner],
            DocumentTypes =
            [
                DocumentTypes.RegistrationForm, DocumentTypes.EdsAgreement, DocumentTypes.SupplementaryAgreement,
                DocumentTypes.FinancingPlanChange, DocumentTypes.PaymentInvoice,
            ],
        },
        new Role
        {
            Code = "preparer",
            NameKk = "Құжаттарды дайындаушы",
            NameRu = "Исполнитель (подготовка документов)",
            QualifyingEkus =
            [
                CertificateRoleOids.RightToSign, CertificateRoleOids.FinancialSigner, CertificateRoleOids.Employee,
            ],
            DocumentTypes =
            [
                DocumentTypes.RegistrationForm, DocumentTypes.EdsAgreement, DocumentTypes.SupplementaryAgreement,
                DocumentTypes.SupportingDocument,
            ],
        },
    ];
}
