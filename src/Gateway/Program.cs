using Kazynashylyk.Gateway;
using Kazynashylyk.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseGateway();

await app.RunAsync();
