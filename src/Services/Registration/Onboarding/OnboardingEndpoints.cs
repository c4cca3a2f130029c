using System.Security.Claims;
using Kazynashylyk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Registration.Onboarding;

/// <summary>
/// <c>GET /api/registration/onboardings/{id}</c>: where an onboarding stands. The user it is for and the operators
/// of its territorial unit see it; to anyone else it does not exist.
/// </summary>
public static class OnboardingEndpoints
{
    /// <param name="routes">The application.</param>
    /// <typeparam name="TContext">The service's DbContext, which maps <see cref="OnboardingState"/>.</typeparam>
    public static IEndpointRouteBuilder MapOnboardingEndpoints<TContext>(this IEndpointRouteBuilder routes)
        where TContext : DbContext
    {
        routes.MapGet(
                "/api/registration/onboardings/{id:guid}",
                // The DbContext is resolved here rather than bound as a parameter: ASP.NET Core's route handler
                // analyzer fails on a handler parameter of a generic type.
                (Guid id, HttpContext http, CancellationToken cancellationToken) => GetAsync(
                    id, http.User, http.RequestServices.GetRequiredService<TContext>(), cancellationToken))
            .RequireAuthorization()
            .WithName("get-onboarding")
            .WithSummary("Returns the state of an onboarding the caller is part of or oversees.")
            .WithTags("Onboardings");

        return routes;
    }

    private static async Task<Results<Ok<OnboardingResponse>, ProblemHttpResult>> GetAsync<TContext>(
        Guid id,
        ClaimsPrincipal user,
        TContext db,
        CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var found = await db.Set<OnboardingState>().AsNoTracking()
            .Where(x => x.CorrelationId == id)
            .Select(x => new
            {
                x.UserId,
                x.TerritorialUnitCode,
                Response = new OnboardingResponse(
                    x.CorrelationId, x.CurrentState, x.Reference, x.AgreementId, x.JournalNumber, x.FailureReason,
                    x.SubmittedAt, x.UpdatedAt),
            })
            .FirstOrDefaultAsync(cancellationToken);

        // Someone else's onboarding is answered exactly like a missing one, so ids cannot be probed.
        return found is not null && MaySee(user, found.UserId, found.TerritorialUnitCode)
            ? TypedResults.Ok(found.Response)
            : TypedResults.Problem(
                title: "No such onboarding.",
                detail: $"The caller has no onboarding with the id {id}.",
                statusCode: StatusCodes.Status404NotFound);
    }

    private static bool MaySee(ClaimsPrincipal user, Guid userId, string unitCode)
    {
        if (PlatformJwt.UserIdOf(user) == userId)
        {
            return true;
        }

        // An operator oversees the onboardings of their own unit only, the unit whose agreements they sign.
        return user.HasClaim(PlatformJwt.RoleClaim, PlatformRoles.TreasuryOperator)
            && user.HasClaim(PlatformJwt.UnitClaim, unitCode);
    }
}
