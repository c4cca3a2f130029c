using Kazynashylyk.ServiceDefaults.Http.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kazynashylyk.Registration.Login;

/// <summary>
/// <c>/api/registration/login</c>: EDS login. Ask for a challenge, sign its nonce with NCALayer, send the CMS back
/// and receive a bearer token. Anonymous.
/// </summary>
public static class LoginEndpoints
{
    public static IEndpointRouteBuilder MapLoginEndpoints(this IEndpointRouteBuilder routes)
    {
        // A login's answer is a bearer token for a single-use challenge: never stored for an Idempotency-Key replay.
        var login = routes.MapGroup("/api/registration/login")
            .AllowAnonymous()
            .WithoutIdempotency()
            .WithTags("Login");

        login.MapPost("/challenge", IssueChallengeAsync)
            .WithName("issue-login-challenge")
            .WithSummary("Issues a single-use nonce to sign for logging in.");

        // A challenge is single-use, so a repeated login request is refused (401) rather than answered twice.
        login.MapPost("/", LoginAsync)
            .WithName("login")
            .WithSummary("Verifies a CMS over a challenge's nonce and issues an access token.");

        return routes;
    }

    private static async Task<Ok<LoginChallengeResponse>> IssueChallengeAsync(LoginChallengeStore challenges) =>
        TypedResults.Ok(await challenges.IssueAsync());

    private static async Task<Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest? request,
        LoginService logins,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request?.ChallengeId is null || request.ChallengeId == Guid.Empty)
        {
            errors["challengeId"] = ["The challenge id is required."];
        }

        if (string.IsNullOrWhiteSpace(request?.Cms))
        {
            errors["cms"] = ["The CMS over the challenge's nonce (base64 DER or PEM) is required."];
        }

        if (request?.Role is { } role && !LoginRoleResolver.DefaultOrder.Contains(role))
        {
            errors["role"] = [$"The role must be one of: {string.Join(", ", LoginRoleResolver.DefaultOrder)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The login request is invalid.");
        }

        var login = string.IsNullOrWhiteSpace(request!.Login) ? null : request.Login.Trim().ToLowerInvariant();
        var outcome = await logins.LoginAsync(
            request.ChallengeId!.Value, request.Cms!, request.Role, login, cancellationToken);

        return outcome.Problem is { } problem ? problem.AsProblem() : TypedResults.Ok(outcome.Value!);
    }
}
