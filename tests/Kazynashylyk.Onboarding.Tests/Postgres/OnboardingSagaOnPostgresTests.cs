using Kazynashylyk.BuildingBlocks.Outbox;
using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Registration.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Onboarding.Tests.Postgres;

/// <summary>
/// The saga as the service runs it: PostgreSQL saga repository, inbox, outbox and the outbox scheduler, on the
/// in-memory transport (the broker is not what is tested here).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OnboardingSagaOnPostgresTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Onboarding_OnPostgresRepository_CompletesAndCancelsItsExpiryRow()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var host = await OnboardingServiceHost.StartAsync(connectionString);
        var bus = host.Bus;
        var data = new OnboardingTestData();

        await bus.Publish(data.Submitted());
        var submitted = await WaitForStateAsync(connectionString, data.OnboardingId, "Submitted");
        await using (var db = PostgresFixture.Open(connectionString))
        {
            var expiry = await db.Set<OutboxMessage>().SingleAsync(x => x.ScheduleTokenId != null);
            Assert.Equal(submitted.ExpiryTokenId, expiry.ScheduleTokenId);
            Assert.Null(expiry.DispatchedAt);
            Assert.InRange(expiry.DueAt - DateTime.UtcNow, TimeSpan.FromDays(13.9), TimeSpan.FromDays(14));
        }

        await bus.Publish(data.FormVerified());
        await WaitForStateAsync(connectionString, data.OnboardingId, "FormVerified");
        await bus.Publish(data.Drafted());
        await WaitForStateAsync(connectionString, data.OnboardingId, "AgreementDrafted");
        await bus.Publish(data.SignedBy(AgreementPartyNames.User));
        await bus.Publish(data.SignedBy(AgreementPartyNames.Head));
        await WaitForStateAsync(connectionString, data.OnboardingId, "SignedByHead");
        await bus.Publish(data.Concluded());
        var inForce = await WaitForStateAsync(connectionString, data.OnboardingId, "InForce");
        Assert.Null(inForce.ExpiryTokenId);
        await using (var db = PostgresFixture.Open(connectionString))
        {
            Assert.Equal(0, await db.Set<OutboxMessage>().CountAsync(x => x.ScheduleTokenId != null));
        }

        await bus.Publish(data.Activated());
        await WaitForStateAsync(connectionString, data.OnboardingId, "Notifying");
        await bus.Publish(OnboardingTestData.Delivered(data.UserNotificationId));
        await bus.Publish(OnboardingTestData.Delivered(data.HeadNotificationId));
        var completed = await WaitForStateAsync(connectionString, data.OnboardingId, "Completed");

        Assert.Equal("6001-2026-17", completed.JournalNumber);
        Assert.Equal("4A1B2C3D", completed.UserCertificateSerial);
        Assert.NotNull(completed.UserNotifiedAt);
        Assert.NotNull(completed.HeadNotifiedAt);
        await using (var db = PostgresFixture.Open(connectionString))
        {
            var sent = await db.Set<OutboxMessage>()
                .Where(x => x.DestinationAddress != null && x.ScheduleTokenId == null)
                .Select(x => x.DestinationAddress!)
                .ToListAsync();
            Assert.Equal(
                ["/activate-system-user", "/draft-agreement", "/send-notification", "/send-notification"],
                sent.Select(a => a.AbsolutePath).Order(StringComparer.Ordinal));
        }
    }

    private static async Task<OnboardingState> WaitForStateAsync(string connectionString, Guid id, string state)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await using var db = PostgresFixture.Open(connectionString);
            var row = await db.Onboardings.AsNoTracking().FirstOrDefaultAsync(x => x.CorrelationId == id);
            if (row?.CurrentState == state)
            {
                return row;
            }

            Assert.True(DateTime.UtcNow < deadline, $"onboarding is {row?.CurrentState ?? "missing"}, not {state}");
            await Task.Delay(100);
        }
    }
}
