using System.Security.Claims;
using Kazynashylyk.Registration.Data;
using Kazynashylyk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Registration.Users;

/// <summary>
/// <c>/api/registration/users/{id}</c> and <c>/api/registration/me</c>: a system user as the user themself, the
/// client's head or an operator of the user's territorial unit may see them. Bearer token required.
/// </summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/registration/users/{id:guid}", GetUserAsync)
            .RequireAuthorization()
            .WithName("get-system-user")
            .WithSummary("Returns a system user to the user, the client's head or an operator of the user's unit.")
            .WithTags("Users");

        routes.MapGet("/api/registration/me", GetMeAsync)
            .RequireAuthorization()
            .WithName("get-me")
            .WithSummary("Returns who the caller is: the user, the client they head, or the operator.")
            .WithTags("Users");

        return routes;
    }

    private static async Task<Results<Ok<SystemUserResponse>, ProblemHttpResult>> GetUserAsync(
        Guid id,
        ClaimsPrincipal caller,
        RegistrationDbContext db,
        CancellationToken cancellationToken)
    {
        var user = await UserQueries.FindAsync(db, id, cancellationToken);

        // A user the caller may not see is answered exactly like a missing one, so ids cannot be probed.
        return user is not null && UserAccess.MaySee(caller, user)
            ? TypedResults.Ok(user.Response)
            : TypedResults.Problem(
                title: "No such system user.",
                detail: $"The caller can see no system user with the id {id}.",
                statusCode: StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> GetMeAsync(
        ClaimsPrincipal caller,
        RegistrationDbContext db,
        CancellationToken cancellationToken)
    {
        var subject = PlatformJwt.UserIdOf(caller);
        var role = caller.FindFirstValue(PlatformJwt.RoleClaim);
        var serial = caller.FindFirstValue(PlatformJwt.CertificateSerialClaim);
        var me = (role, subject) switch
        {
            (PlatformRoles.ClientUser or PlatformRoles.Applicant, Guid userId) =>
                await UserQueries.FindAsync(db, userId, cancellationToken) is { } user
                    ? new MeResponse(role, userId, serial, User: user.Response)
                    : null,
            (PlatformRoles.ClientHead, Guid clientId) =>
                await db.Clients.AsNoTracking()
                    .Where(c => c.Id == clientId)
                    .Select(c => new MeClientResponse(c.Id, c.TreasuryCode, c.Bin, c.Name))
                    .FirstOrDefaultAsync(cancellationToken) is { } client
                    ? new MeResponse(role, clientId, serial, Client: client)
                    : null,
            (PlatformRoles.TreasuryOperator, Guid operatorId) =>
                await db.TreasuryOperators.AsNoTracking()
                    .Where(o => o.Id == operatorId && o.IsActive)
                    .Select(o => new MeOperatorResponse(o.Id, o.UnitCode, o.Surname, o.Name, o.Patronymic, o.Email))
                    .FirstOrDefaultAsync(cancellationToken) is { } person
                    ? new MeResponse(role, operatorId, serial, Operator: person)
                    : null,
            _ => null,
        };

        return me is null
            ? TypedResults.Problem(
                title: "The token names no one known.",
                detail: "The bearer token's subject and role match no user, client or operator.",
                statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(me);
    }
}
