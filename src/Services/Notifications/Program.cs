using Kazynashylyk.Contracts.Platform;
using Kazynashylyk.Notifications;
using Kazynashylyk.Notifications.Data;
using Kazynashylyk.Notifications.Deliveries;
using Kazynashylyk.Notifications.Feed;
using Kazynashylyk.ServiceDefaults;
using Kazynashylyk.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<NotificationsDbContext>(
    ServiceNames.Notifications, NotificationsServiceExtensions.ConfigureBus);
builder.AddPlatformAuthentication();
builder.AddNotificationDelivery();

var app = builder.Build();
await app.UsePlatformServiceAsync<NotificationsDbContext>(ServiceNames.Notifications);
app.UsePlatformAuthentication();
app.MapFeedEndpoints();
app.MapDeliveryEndpoints();

await app.RunAsync();
