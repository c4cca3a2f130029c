using Kazynashylyk.PkiMirror;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapMirror(
    app.Configuration["Mirror:Root"]
        ?? throw new InvalidOperationException("Set Mirror:Root to the folder the mirror serves."),
    app.Configuration["Mirror:DevelopmentRoot"]);

await app.RunAsync();
