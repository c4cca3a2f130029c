using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Kazynashylyk.ServiceDefaults.Security;

/// <summary>
/// Bearer authentication shared by the services: HS256 access tokens issued by the platform for the platform,
/// signed with the key in <c>Jwt:SigningKey</c>, the user id in <c>sub</c>. A missing or invalid token is
/// answered 401 with a ProblemDetails body.
/// </summary>
public static class PlatformAuthenticationExtensions
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Adds JWT bearer authentication and authorization. Throws at start-up when the signing key is missing or
    /// shorter than 256 bits, so a service never runs accepting no token, or any.
    /// </summary>
    public static TBuilder AddPlatformAuthentication<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var key = builder.Configuration[PlatformJwt.SigningKeySetting];
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException(
                $"The JWT signing key '{PlatformJwt.SigningKeySetting}' is not configured "
                + "(the AppHost passes it as Jwt__SigningKey).");
        }

        var keyBytes = Encoding.UTF8.GetBytes(key);
        if (keyBytes.Length < PlatformJwt.MinimumKeyBytes)
        {
            throw new InvalidOperationException(
                $"The JWT signing key '{PlatformJwt.SigningKeySetting}' must be at least "
                + $"{PlatformJwt.MinimumKeyBytes} bytes long for HS256.");
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // Claims keep their JWT names, so "sub" stays "sub" instead of a long SOAP-era URI.
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = PlatformJwt.Issuer,
                    ValidAudience = PlatformJwt.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(keyBytes),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = ClockSkew,
                    NameClaimType = PlatformJwt.UserIdClaim,
                };
                options.Events = new JwtBearerEvents
                {
                    OnChallenge = WriteUnauthorizedAsync,
                    OnForbidden = WriteForbiddenAsync,
                };
            });
        builder.Services.AddAuthorization();

        return builder;
    }

    /// <summary>
    /// Runs authentication and authorization; call after <c>UsePlatformServiceAsync</c>, so that errors they raise
    /// pass through the ProblemDetails and correlation-id middleware.
    /// </summary>
    public static WebApplication UsePlatformAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();

        return app;
    }

    private static async Task WriteUnauthorizedAsync(JwtBearerChallengeContext context)
    {
        // The default challenge writes an empty body; every error here is ProblemDetails.
        context.HandleResponse();
        var detail = context.AuthenticateFailure is null
            ? "The request carries no bearer token."
            : "The bearer token is not valid: wrong signature, issuer or audience, or expired.";
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = JwtBearerDefaults.AuthenticationScheme;
        await WriteProblemAsync(context.HttpContext, "Authentication is required.", detail);
    }

    private static Task WriteForbiddenAsync(ForbiddenContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;

        return WriteProblemAsync(context.HttpContext, "Access is denied.", "The caller may not do this.");
    }

    private static async Task WriteProblemAsync(HttpContext httpContext, string title, string detail)
    {
        var problems = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = httpContext.Response.StatusCode, Title = title, Detail = detail },
        });
    }
}
