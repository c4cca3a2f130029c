using Kazynashylyk.Registration.Data;
using Kazynashylyk.Contracts.Platform;
using Kazynashylyk.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<RegistrationDbContext>(ServiceNames.Registration);

var app = builder.Build();
await app.UsePlatformServiceAsync<RegistrationDbContext>(ServiceNames.Registration);

await app.RunAsync();
