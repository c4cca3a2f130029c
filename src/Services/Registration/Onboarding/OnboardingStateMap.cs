using Kazynashylyk.BuildingBlocks.Sagas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kazynashylyk.Registration.Onboarding;

/// <summary>The <c>onboarding_state</c> table; apply it in the service's DbContext.</summary>
public sealed class OnboardingStateMap : SagaStateMap<OnboardingState>
{
    protected override string TableName => "onboarding_state";

    protected override void ConfigureState(EntityTypeBuilder<OnboardingState> builder)
    {
        builder.Property(x => x.CurrentState).HasColumnName("current_state").HasMaxLength(64);
        builder.Property(x => x.Reference).HasColumnName("reference").HasMaxLength(64);
        builder.Property(x => x.UserId).HasColumnName("user_id");
        builder.Property(x => x.Login).HasColumnName("login").HasMaxLength(128);
        builder.Property(x => x.ClientId).HasColumnName("client_id");
        builder.Property(x => x.ClientName).HasColumnName("client_name").HasMaxLength(500);
        builder.Property(x => x.TerritorialUnitCode).HasColumnName("territorial_unit_code").HasMaxLength(8);
        builder.Property(x => x.UserEmail).HasColumnName("user_email").HasMaxLength(320);
        builder.Property(x => x.HeadEmail).HasColumnName("head_email").HasMaxLength(320);
        builder.Property(x => x.Language).HasColumnName("language").HasMaxLength(2);
        builder.Property(x => x.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(x => x.ExpiryTokenId).HasColumnName("expiry_token_id");
        builder.Property(x => x.FormVerifiedAt).HasColumnName("form_verified_at");
        builder.Property(x => x.AgreementId).HasColumnName("agreement_id");
        builder.Property(x => x.JournalNumber).HasColumnName("journal_number").HasMaxLength(64);
        builder.Property(x => x.DraftedAt).HasColumnName("drafted_at");
        builder.Property(x => x.UserSignedAt).HasColumnName("user_signed_at");
        builder.Property(x => x.HeadSignedAt).HasColumnName("head_signed_at");
        builder.Property(x => x.TreasurySignedAt).HasColumnName("treasury_signed_at");
        builder.Property(x => x.UserCertificateSerial).HasColumnName("user_certificate_serial").HasMaxLength(128);
        builder.Property(x => x.ConcludedAt).HasColumnName("concluded_at");
        builder.Property(x => x.ActivatedAt).HasColumnName("activated_at");
        builder.Property(x => x.UserNotificationId).HasColumnName("user_notification_id");
        builder.Property(x => x.HeadNotificationId).HasColumnName("head_notification_id");
        builder.Property(x => x.UserNotifiedAt).HasColumnName("user_notified_at");
        builder.Property(x => x.HeadNotifiedAt).HasColumnName("head_notified_at");
        builder.Property(x => x.FailureReason).HasColumnName("failure_reason").HasMaxLength(2000);
        builder.Property(x => x.EndedAt).HasColumnName("ended_at");
        builder.Property(x => x.UpdatedAt).HasColumnName("updated_at");

        // Every NotificationDelivered and NotificationFailed on the bus is looked up by these, most finding nothing.
        builder.HasIndex(x => x.UserNotificationId).HasDatabaseName("ix_onboarding_state_user_notification_id");
        builder.HasIndex(x => x.HeadNotificationId).HasDatabaseName("ix_onboarding_state_head_notification_id");
        builder.HasIndex(x => x.UserId).HasDatabaseName("ix_onboarding_state_user_id");
    }
}
