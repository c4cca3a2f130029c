using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Contracts.Platform;
using Kazynashylyk.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<AgreementsDbContext>(ServiceNames.Agreements);

var app = builder.Build();
await app.UsePlatformServiceAsync<AgreementsDbContext>(ServiceNames.Agreements);

await app.RunAsync();
