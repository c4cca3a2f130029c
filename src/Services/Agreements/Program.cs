using Kazynashylyk.Agreements;
using Kazynashylyk.Agreements.Agreements;
using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Contracts.Platform;
using Kazynashylyk.ServiceDefaults;
using Kazynashylyk.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<AgreementsDbContext>(ServiceNames.Agreements, AgreementsServiceExtensions.ConfigureBus);
builder.AddPlatformAuthentication();
builder.AddAgreements();

var app = builder.Build();
await app.UsePlatformServiceAsync<AgreementsDbContext>(ServiceNames.Agreements);
app.UsePlatformAuthentication();
app.MapAgreementEndpoints();
app.MapAgreementSignatureEndpoints();

await app.RunAsync();
