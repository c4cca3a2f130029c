using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Net;
using Kazynashylyk.Pki.Verification;
using Kazynashylyk.Signature.Verification;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.Signature;

/// <summary>The verification engine as the service runs it: one per process, statuses shared through Redis.</summary>
public static partial class SignatureServiceExtensions
{
    public static WebApplicationBuilder AddSignatureVerification(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SignatureOptions>().BindConfiguration(SignatureOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RedisRevocationStatusCache>();
        builder.Services.AddSingleton(CreateEngine);
        builder.Services.AddScoped<VerificationService>();

        return builder;
    }

    /// <summary>
    /// Verifies a batch of throw-away GOST and RSA signatures and every CA signature of the trust stores once, so
    /// the replica's first caller does not pay for compiling the hot paths and decoding the CA keys.
    /// </summary>
    public static async Task WarmUpVerificationAsync(this WebApplication app)
    {
        var engine = app.Services.GetRequiredService<PkiEngine>();
        var logger = app.Services.GetRequiredService<ILogger<PkiEngine>>();
        var passed = await PkiWarmUp.RunAsync(app.Services.GetRequiredService<TimeProvider>());
        var checks = 0;
        foreach (var name in engine.Stores.Names)
        {
            var store = engine.Stores.Find(name)!;
            foreach (var intermediate in store.Intermediates)
            {
                checks += store.Anchors.Count(anchor => intermediate.IsSignedBy(anchor));
            }
        }

        LogWarmedUp(logger, passed, checks);
    }

    private static PkiEngine CreateEngine(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SignatureOptions>>().Value;
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var httpOptions = new PkiHttpOptions
        {
            Mirrors = options.Mirrors
                .Where(m => m.Prefix.Length > 0 && m.Target.Length > 0)
                .ToDictionary(m => m.Prefix, m => m.Target),
        };
        var http = new PkiHttpClient(
            new HttpClient(PkiHttpClient.CreateHandler()), httpOptions, loggers.CreateLogger<PkiHttpClient>());
        var stores = TrustStoreCatalog.CreateStandard(
            CaDirectory.Load(options.DevelopmentCaDirectory),
            CaDirectory.Load(options.ProductionCaDirectory),
            CertificateCache.Shared);

        return PkiEngine.Create(
            services.GetRequiredService<TimeProvider>(),
            stores,
            http,
            services.GetRequiredService<RedisRevocationStatusCache>(),
            loggers,
            CertificateCache.Shared);
    }

    [LoggerMessage(EventId = 4501, Level = LogLevel.Information,
        Message = "Verification warmed up: {Passed} throw-away signatures verified, {Checks} CA signatures checked")]
    private static partial void LogWarmedUp(ILogger logger, int passed, int checks);
}
