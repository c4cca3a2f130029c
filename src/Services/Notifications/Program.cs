using Kazynashylyk.Notifications.Data;
using Kazynashylyk.Contracts.Platform;
using Kazynashylyk.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<NotificationsDbContext>(ServiceNames.Notifications);

var app = builder.Build();
await app.UsePlatformServiceAsync<NotificationsDbContext>(ServiceNames.Notifications);

await app.RunAsync();
