using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Kazynashylyk.Registration.Onboarding;
using Kazynashylyk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kazynashylyk.Onboarding.Tests.Postgres;

/// <summary><c>GET /api/registration/onboardings/{id}</c> on Kestrel, with real tokens and a real database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OnboardingEndpointsTests(PostgresFixture postgres) : IAsyncDisposable
{
    private const string SigningKey = "onboarding-tests-signing-key-of-at-least-32-bytes";

    private WebApplication? _app;
    private HttpClient? _client;

    [Fact]
    public async Task GetOnboarding_ByItsUser_ReturnsItsState()
    {
        var (client, row) = await StartWithOnboardingAsync();

        using var response = await client.SendAsync(Get(row.CorrelationId, Token(row.UserId, PlatformRoles.Applicant)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<OnboardingResponse>();
        Assert.Equal(
            new OnboardingResponse(
                row.CorrelationId, "Expired", "REG-2026-000123", row.AgreementId, "6001-2026-17",
                "not completed within 14 days", new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 12, 17, 5, 0, 0, TimeSpan.Zero)),
            body);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"journalNumber\":\"6001-2026-17\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOnboarding_ByOperatorOfItsUnit_ReturnsItsState()
    {
        var (client, row) = await StartWithOnboardingAsync();

        using var response = await client.SendAsync(
            Get(row.CorrelationId, Token(Guid.NewGuid(), PlatformRoles.TreasuryOperator, unit: "6001")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(PlatformRoles.TreasuryOperator, "7101")]
    [InlineData(PlatformRoles.ClientUser, null)]
    [InlineData(PlatformRoles.ClientHead, null)]
    public async Task GetOnboarding_BySomeoneElse_NotFound(string role, string? unit)
    {
        var (client, row) = await StartWithOnboardingAsync();

        using var response = await client.SendAsync(Get(row.CorrelationId, Token(Guid.NewGuid(), role, unit)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetOnboarding_UnknownId_NotFound()
    {
        var (client, row) = await StartWithOnboardingAsync();

        using var response = await client.SendAsync(Get(Guid.NewGuid(), Token(row.UserId, PlatformRoles.Applicant)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetOnboarding_WithoutToken_Unauthorized()
    {
        var (client, row) = await StartWithOnboardingAsync();

        using var response = await client.SendAsync(Get(row.CorrelationId, token: null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<(HttpClient Client, OnboardingState Row)> StartWithOnboardingAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var row = ExpiredOnboarding();
        await using (var db = PostgresFixture.Open(connectionString))
        {
            db.Onboardings.Add(row);
            await db.SaveChangesAsync();
        }

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration[PlatformJwt.SigningKeySetting] = SigningKey;
        builder.Services.AddProblemDetails();
        builder.Services.AddDbContext<OnboardingDbContext>(o => o.UseNpgsql(connectionString));
        builder.AddPlatformAuthentication();
        var app = builder.Build();
        app.UsePlatformAuthentication();
        app.MapOnboardingEndpoints<OnboardingDbContext>();
        await app.StartAsync();
        _app = app;

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First();
        _client = new HttpClient { BaseAddress = new Uri(address) };

        return (_client, row);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static OnboardingState ExpiredOnboarding()
    {
        var id = Guid.NewGuid();

        return new OnboardingState
        {
            CorrelationId = id,
            Version = 5,
            CurrentState = "Expired",
            Reference = "REG-2026-000123",
            UserId = Guid.NewGuid(),
            Login = "a.serikova",
            ClientId = Guid.NewGuid(),
            ClientName = "ГУ «Отдел образования города Астаны»",
            TerritorialUnitCode = "6001",
            UserEmail = "a.serikova@example.kz",
            HeadEmail = "head@example.kz",
            Language = "ru",
            SubmittedAt = new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero),
            AgreementId = OnboardingIds.AgreementOf(id),
            JournalNumber = "6001-2026-17",
            FailureReason = "not completed within 14 days",
            EndedAt = new DateTimeOffset(2026, 12, 17, 5, 0, 0, TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(2026, 12, 17, 5, 0, 0, TimeSpan.Zero),
        };
    }

    private static HttpRequestMessage Get(Guid id, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registration/onboardings/{id}");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static string Token(Guid userId, string role, string? unit = null)
    {
        var claims = new Dictionary<string, object>
        {
            [PlatformJwt.UserIdClaim] = userId.ToString(),
            [PlatformJwt.RoleClaim] = role,
        };
        if (unit is not null)
        {
            claims[PlatformJwt.UnitClaim] = unit;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = PlatformJwt.Issuer,
            Audience = PlatformJwt.Audience,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = claims,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
