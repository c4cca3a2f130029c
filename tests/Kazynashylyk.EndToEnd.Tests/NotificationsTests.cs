using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Kazynashylyk.Contracts.Notifications;
using Kazynashylyk.EndToEnd.Tests.Notifications;
using Kazynashylyk.EndToEnd.Tests.Security;

namespace Kazynashylyk.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class NotificationsTests(AppHostFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private NotificationSender sender = null!;

    public async Task InitializeAsync() =>
        sender = await NotificationSender.StartAsync(await fixture.ConnectionStringAsync("rabbitmq"));

    public async Task DisposeAsync() => await sender.DisposeAsync();

    [Fact]
    public async Task SendNotification_Kazakh_EmailArrivesWithKazakhSubjectAndParameters()
    {
        var address = NewAddress();
        await sender.SendAsync(Command(Guid.NewGuid(), null, address, "kk", "user-activated", ("login", "aset.n")));

        using var mailbox = Mailbox();
        var emails = await mailbox.WaitForAsync(address, 1, Patience);

        var email = Assert.Single(emails);
        Assert.Equal("Treasury-Client: есептік жазбаңыз белсендірілді", email.Subject);
        Assert.Contains("aset.n логинімен тіркелген", await mailbox.PlainTextAsync(email), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendNotification_SameIdTwice_OneEmailAndOneDeliveredRecord()
    {
        var address = NewAddress();
        var userId = Guid.NewGuid();
        var command = Command(Guid.NewGuid(), userId, address, "ru", "agreement-concluded",
            ("journalNumber", "ALM-2026-0042"), ("clientName", "ГУ «Аппарат акима»"));
        await sender.SendAsync(command);
        await sender.SendAsync(command);

        // A later notification to the same address proves the queue moved past both copies.
        await sender.SendAsync(Command(Guid.NewGuid(), null, address, "kk", "onboarding-expired", ("reference", "7")));
        using var mailbox = Mailbox();
        await mailbox.WaitForAsync(address, 2, Patience);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var emails = await mailbox.ToAsync(address);
        var delivery = await new FeedClient(fixture.Gateway, TestTokens.For(userId))
            .WaitForSettledDeliveryAsync(command.NotificationId, Patience);

        Assert.Equal(2, emails.Count);
        Assert.Equal(1, emails.Count(e => e.Subject == "Treasury-Client: соглашение об использовании ЭЦП заключено"));
        Assert.NotNull(delivery);
        Assert.Equal("delivered", delivery.Value.GetProperty("status").GetString());
        Assert.Equal(1, delivery.Value.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task SendNotification_UnknownTemplate_DeliveryFailedWithReasonAndNoFeedItem()
    {
        var userId = Guid.NewGuid();
        var notificationId = Guid.NewGuid();
        await sender.SendAsync(Command(notificationId, userId, NewAddress(), "kk", "no-such-template"));
        var client = new FeedClient(fixture.Gateway, TestTokens.For(userId));

        var delivery = await client.WaitForSettledDeliveryAsync(notificationId, Patience);

        Assert.NotNull(delivery);
        Assert.Equal("failed", delivery.Value.GetProperty("status").GetString());
        Assert.Equal(0, delivery.Value.GetProperty("attempts").GetInt32());
        Assert.Equal("Unknown template 'no-such-template'.", delivery.Value.GetProperty("lastError").GetString());
        Assert.Null(await client.FindFeedItemAsync(notificationId));
    }

    [Fact]
    public async Task SendNotification_MissingParameter_DeliveryFailedNamingTheParameter()
    {
        var userId = Guid.NewGuid();
        var notificationId = Guid.NewGuid();
        await sender.SendAsync(Command(notificationId, userId, NewAddress(), "ru", "agreement-concluded",
            ("clientName", "ТОО «Тест»")));

        var delivery = await new FeedClient(fixture.Gateway, TestTokens.For(userId))
            .WaitForSettledDeliveryAsync(notificationId, Patience);

        Assert.NotNull(delivery);
        Assert.Equal("failed", delivery.Value.GetProperty("status").GetString());
        Assert.Equal(
            "Template 'agreement-concluded' needs parameters that are missing: journalNumber.",
            delivery.Value.GetProperty("lastError").GetString());
    }

    [Fact]
    public async Task Feed_RecipientToken_ReturnsItemInItsLanguageAndMarksItRead()
    {
        var userId = Guid.NewGuid();
        var notificationId = Guid.NewGuid();
        await sender.SendAsync(
            Command(notificationId, userId, NewAddress(), "ru", "user-activated", ("login", "d.ivanova")));
        var client = new FeedClient(fixture.Gateway, TestTokens.For(userId));

        var item = await client.WaitForFeedItemAsync(notificationId, Patience);
        Assert.NotNull(item);
        var itemId = item.Value.GetProperty("id").GetGuid();
        using var read = await client.PostAsync($"/api/notifications/feed/{itemId}/read");
        var afterRead = await client.FindFeedItemAsync(notificationId);

        Assert.Equal("Treasury-Client: ваша учётная запись активирована", item.Value.GetProperty("title").GetString());
        Assert.Contains("логином d.ivanova", item.Value.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("ru", item.Value.GetProperty("language").GetString());
        Assert.False(item.Value.GetProperty("isRead").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.True(afterRead!.Value.GetProperty("isRead").GetBoolean());
    }

    [Fact]
    public async Task Feed_AnotherUsersToken_DoesNotSeeOrMarkTheItem()
    {
        var userId = Guid.NewGuid();
        var notificationId = Guid.NewGuid();
        await sender.SendAsync(
            Command(notificationId, userId, NewAddress(), "kk", "user-activated", ("login", "b.omarov")));
        var item = await new FeedClient(fixture.Gateway, TestTokens.For(userId))
            .WaitForFeedItemAsync(notificationId, Patience);
        Assert.NotNull(item);
        var stranger = new FeedClient(fixture.Gateway, TestTokens.For(Guid.NewGuid()));

        var seen = await stranger.FindFeedItemAsync(notificationId);
        var itemId = item.Value.GetProperty("id").GetGuid();
        using var read = await stranger.PostAsync($"/api/notifications/feed/{itemId}/read");
        using var delivery = await stranger.GetAsync($"/api/notifications/deliveries/{notificationId}");
        var problem = await read.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Null(seen);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal("application/problem+json", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal("No such feed item.", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, delivery.StatusCode);
    }

    [Fact]
    public async Task Feed_WithoutToken_Returns401ProblemDetails()
    {
        using var response = await new FeedClient(fixture.AnonymousGateway, null).GetAsync("/api/notifications/feed");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("The request carries no bearer token.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Feed_ForgedToken_Returns401ProblemDetails()
    {
        var client = new FeedClient(fixture.AnonymousGateway, TestTokens.Forged(Guid.NewGuid()));

        using var response = await client.GetAsync("/api/notifications/feed");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Authentication is required.", problem.GetProperty("title").GetString());
        Assert.StartsWith(
            "The bearer token is not valid", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private Smtp4devMailbox Mailbox() => new(fixture.App.GetEndpoint("smtp4dev", "http"));

    private static string NewAddress() => $"user-{Guid.NewGuid():N}@example.kz";

    private static SendNotification Command(
        Guid notificationId, Guid? userId, string address, string language, string template,
        params (string Name, string Value)[] parameters) => new()
    {
        NotificationId = notificationId,
        RecipientUserId = userId,
        RecipientEmail = address,
        Language = language,
        Template = template,
        Parameters = parameters.ToDictionary(p => p.Name, p => p.Value),
    };
}
