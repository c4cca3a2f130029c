using System.Security.Claims;
using Kazynashylyk.BuildingBlocks.Outbox;
using Kazynashylyk.Contracts.Registration;
using Kazynashylyk.Registration.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Registration.Users;

/// <summary>
/// <c>POST /api/registration/users/{id}/close</c>: an operator of the user's unit or the client's head closes a
/// pending or active user, temporarily or as erroneous, and <see cref="SystemUserClosed"/> is published with the
/// change in one transaction. A closed user can no longer log in, and the person may register again.
/// </summary>
public static class UserClosingEndpoints
{
    private const int MaxReasonLength = 500;

    public static IEndpointRouteBuilder MapUserClosingEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/registration/users/{id:guid}/close", CloseAsync)
            .RequireAuthorization()
            .WithName("close-system-user")
            .WithSummary("Closes a system user, temporarily or as erroneous.")
            .WithTags("Users");

        return routes;
    }

    private static async Task<Results<Ok<SystemUserResponse>, ProblemHttpResult, ValidationProblem>> CloseAsync(
        Guid id,
        CloseUserRequest? request,
        ClaimsPrincipal caller,
        RegistrationDbContext db,
        IDurableOutbox outbox,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var status = request?.Kind switch
        {
            "temporary" => SystemUserStatus.TemporarilyClosed,
            "erroneous" => SystemUserStatus.ClosedErroneous,
            _ => null,
        };
        var reason = request?.Reason?.Trim();
        if (status is null || string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    [status is null ? "kind" : "reason"] = [status is null
                        ? "The kind must be \"temporary\" or \"erroneous\"."
                        : $"The reason is required, at most {MaxReasonLength} characters."],
                },
                title: "The closing request is invalid.");
        }

        var view = await UserQueries.FindAsync(db, id, cancellationToken);
        if (view is null || !UserAccess.MayClose(caller, view))
        {
            return TypedResults.Problem(
                title: "No such system user.",
                detail: $"The caller can close no system user with the id {id}.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var user = await db.SystemUsers.FirstAsync(u => u.Id == id, cancellationToken);
        if (user.Status is not (SystemUserStatus.Pending or SystemUserStatus.Active))
        {
            return TypedResults.Problem(
                title: "The user is already closed.",
                detail: $"The system user's status is {user.Status}; only pending or active users can be closed.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var now = time.GetUtcNow();
        user.Status = status;
        user.ClosedAt = now;
        user.UpdatedAt = now;
        await outbox.PublishEndpoint.Publish(
            new SystemUserClosed
            {
                UserId = user.Id,
                ClientId = user.ClientId,
                Status = status,
                Reason = reason,
                ClosedAt = now,
            },
            cancellationToken);
        try
        {
            await outbox.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(
                title: "The user changed meanwhile.",
                detail: "The system user was changed by another request; read it again and retry.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok((await UserQueries.FindAsync(db, id, cancellationToken))!.Response);
    }
}
