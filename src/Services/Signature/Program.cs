using Kazynashylyk.Signature.Data;
using Kazynashylyk.Contracts.Platform;
using Kazynashylyk.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<SignatureDbContext>(ServiceNames.Signature);

var app = builder.Build();
await app.UsePlatformServiceAsync<SignatureDbContext>(ServiceNames.Signature);

await app.RunAsync();
