using Kazynashylyk.Contracts.Platform;
using Kazynashylyk.ServiceDefaults;
using Kazynashylyk.ServiceDefaults.Security;
using Kazynashylyk.Signature;
using Kazynashylyk.Signature.Certificates;
using Kazynashylyk.Signature.Data;
using Kazynashylyk.Signature.Reports;
using Kazynashylyk.Signature.Verification;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<SignatureDbContext>(
    ServiceNames.Signature,
    bus => bus.AddConsumer<VerifySignatureConsumer>());
builder.AddSignatureVerification();
builder.AddPlatformAuthentication();

var app = builder.Build();
await app.UsePlatformServiceAsync<SignatureDbContext>(ServiceNames.Signature);
await app.WarmUpVerificationAsync();
app.UsePlatformAuthentication();
app.MapSignatureEndpoints();
app.MapReportEndpoints();
app.MapCertificateEndpoints();

await app.RunAsync();
