using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Contracts.Notifications;
using Kazynashylyk.Contracts.Registration;
using Kazynashylyk.Registration.Onboarding;

namespace Kazynashylyk.Onboarding.Tests;

/// <summary>The messages of one onboarding, as the other services would send them.</summary>
public sealed class OnboardingTestData
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(5));

    public Guid OnboardingId { get; } = Guid.NewGuid();

    public Guid UserId { get; } = Guid.NewGuid();

    public Guid ClientId { get; } = Guid.NewGuid();

    public Guid AgreementId => OnboardingIds.AgreementOf(OnboardingId);

    public string UnitCode { get; init; } = "6001";

    public RegistrationSubmitted Submitted() => new()
    {
        OnboardingId = OnboardingId,
        Reference = "REG-2026-000123",
        UserId = UserId,
        Login = "a.serikova",
        ClientId = ClientId,
        ClientName = "ГУ «Отдел образования города Астаны»",
        TerritorialUnitCode = UnitCode,
        UserEmail = "a.serikova@example.kz",
        HeadEmail = "head@example.kz",
        Language = "ru",
        SubmittedAt = Start,
    };

    public AgreementParties Parties() => new()
    {
        Treasury = new TreasuryParty
        {
            UnitCode = UnitCode,
            Name = "Управление казначейства города Астаны",
            Place = "Астана",
            SignatoryTitle = "Руководитель управления",
            AuthorityBasis = "Положение об управлении",
        },
        Client = new ClientParty
        {
            ClientId = ClientId,
            TreasuryCode = "1234567",
            Bin = "123456789012",
            Name = "ГУ «Отдел образования города Астаны»",
            LegalForm = "ГУ",
            HeadFullName = "Ахметов Ерлан Серикович",
            HeadPosition = "Руководитель",
            AuthorityBasis = "Устав",
        },
        User = new UserParty
        {
            UserId = UserId,
            Login = "a.serikova",
            Surname = "Серикова",
            Name = "Айгерим",
            Patronymic = "Болатовна",
            Iin = "900101400123",
            Position = "Главный бухгалтер",
            IdentityDocument = new IdentityDocumentDetails
            {
                Kind = "id-card",
                Number = "045678912",
                Issuer = "МВД РК",
                IssuedOn = new DateOnly(2020, 5, 14),
            },
            RoleCode = "accountant",
            RoleName = "Бухгалтер",
        },
    };

    public RegistrationFormVerified FormVerified() => new()
    {
        OnboardingId = OnboardingId,
        UserId = UserId,
        ReportId = Guid.NewGuid(),
        TermsVersion = "2026-1",
        Parties = Parties(),
        VerifiedAt = Start.AddMinutes(5),
    };

    public AgreementDrafted Drafted() => new()
    {
        OnboardingId = OnboardingId,
        AgreementId = AgreementId,
        JournalNumber = $"{UnitCode}-2026-17",
        DraftedAt = Start.AddMinutes(6),
    };

    public AgreementDraftRefused DraftRefused() => new()
    {
        OnboardingId = OnboardingId,
        AgreementId = AgreementId,
        Reason = "The territorial unit 6001 has no signatory on record.",
    };

    public AgreementSigned SignedBy(string party) => new()
    {
        OnboardingId = OnboardingId,
        AgreementId = AgreementId,
        Party = party,
        ReportId = Guid.NewGuid(),
        CertificateSerial = party == AgreementPartyNames.User ? "4A1B2C3D" : "5E6F7A8B",
        SignedAt = Start.AddHours(1),
    };

    public AgreementConcluded Concluded() => new()
    {
        OnboardingId = OnboardingId,
        AgreementId = AgreementId,
        JournalNumber = $"{UnitCode}-2026-17",
        UserId = UserId,
        UserCertificateSerial = "4A1B2C3D",
        ConcludedAt = Start.AddHours(2),
    };

    public SystemUserActivated Activated() => new()
    {
        OnboardingId = OnboardingId,
        UserId = UserId,
        AgreementId = AgreementId,
        ActivatedAt = Start.AddHours(2).AddMinutes(1),
    };

    public Guid UserNotificationId => OnboardingIds.NotificationOf(OnboardingId, OnboardingIds.UserActivated);

    public Guid HeadNotificationId =>
        OnboardingIds.NotificationOf(OnboardingId, OnboardingIds.HeadAgreementConcluded);

    public static NotificationDelivered Delivered(Guid notificationId) => new()
    {
        NotificationId = notificationId,
        Channel = "email",
        DeliveredAt = Start.AddHours(2).AddMinutes(2),
    };

    public static NotificationFailed Failed(Guid notificationId) => new()
    {
        NotificationId = notificationId,
        Reason = "The mail server refused the recipient: 550 mailbox unavailable.",
        Attempts = 4,
    };
}
