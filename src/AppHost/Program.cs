using Kazynashylyk.AppHost;
using Kazynashylyk.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);
var layout = LocalLayout.Resolve(builder);

// Infrastructure: local server processes under DCP, each with a real health check.
var servers = new LocalServers(
    builder.AddLocalPostgres(layout),
    builder.AddLocalRedis(layout),
    builder.AddLocalRabbitMq(layout),
    builder.AddLocalSmtp4dev(layout));
var jwtSigningKey = builder.AddParameter("jwt-signing-key", secret: true);

// A development CA for identities the NCA test pack lacks, created on the first start; development store only.
var developmentCa = builder.AddDevelopmentCa(layout);

// The NCA test CRLs from the repository and the development CA's CRL, served where their addresses are mapped to.
var pkiMirror = builder.AddPkiMirror(layout, developmentCa);

// The four services, each with its own database; Signature scales out on its own.
var registration = builder.AddPlatformService<Projects.Kazynashylyk_Registration>("registration", servers)
    .WithEnvironment("Registration__PersonalDataKey", builder.AddParameter("registration-personal-data-key", true))
    .WithSettingWhenSet(builder.Configuration, "Kazynashylyk:LoginChallengeLifetime", "Login__ChallengeLifetime")
    .WithSettingWhenSet(builder.Configuration, "Kazynashylyk:OnboardingExpireAfter", "Onboarding__ExpireAfter")
    .WithEnvironment("Jwt__SigningKey", jwtSigningKey);
var signature = builder.AddPlatformService<Projects.Kazynashylyk_Signature>("signature", servers)
    .WithEnvironment("Jwt__SigningKey", jwtSigningKey)
    .WithPkiMirror(pkiMirror)
    .WithDevelopmentCa(developmentCa)
    .WithReplicas(2);
var agreements = builder.AddPlatformService<Projects.Kazynashylyk_Agreements>("agreements", servers)
    .WithEnvironment("Jwt__SigningKey", jwtSigningKey);
var notifications = builder.AddPlatformService<Projects.Kazynashylyk_Notifications>("notifications", servers)
    .WithEnvironment("Jwt__SigningKey", jwtSigningKey)
    .WithReference(servers.Smtp.Connection)
    .WaitFor(servers.Smtp.Server);

// The gateway, last: the one door for web and mobile front-ends.
// Not behind the AppHost's proxy: the gateway must see each client's own address to rate-limit per client.
builder.AddProject<Projects.Kazynashylyk_Gateway>("gateway", launchProfileName: null)
    .WithHttpEndpoint(name: "http", port: layout.GatewayPort, isProxied: false)
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
    .WithEnvironment("Jwt__SigningKey", jwtSigningKey)
    .WithReference(registration).WaitFor(registration)
    .WithReference(signature).WaitFor(signature)
    .WithReference(agreements).WaitFor(agreements)
    .WithReference(notifications).WaitFor(notifications)
    .WithHttpHealthCheck("/health");

await builder.Build().RunAsync();
