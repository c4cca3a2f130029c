using Kazynashylyk.Contracts.Platform;
using Kazynashylyk.Registration;
using Kazynashylyk.Registration.Data;
using Kazynashylyk.Registration.Login;
using Kazynashylyk.Registration.Onboarding;
using Kazynashylyk.Registration.Reference;
using Kazynashylyk.Registration.Registrations;
using Kazynashylyk.Registration.Users;
using Kazynashylyk.ServiceDefaults;
using Kazynashylyk.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<RegistrationDbContext>(
    ServiceNames.Registration, RegistrationServiceExtensions.ConfigureBus);
builder.AddPlatformAuthentication();
builder.AddRegistration();

var app = builder.Build();
await app.UsePlatformServiceAsync<RegistrationDbContext>(ServiceNames.Registration);
await app.SeedTerritorialUnitsAsync();
app.UsePlatformAuthentication();
app.MapReferenceEndpoints();
app.MapRegistrationEndpoints();
app.MapLoginEndpoints();
app.MapUserEndpoints();
app.MapUserClosingEndpoints();
app.MapOnboardingEndpoints<RegistrationDbContext>();

await app.RunAsync();
