using System.Security.Claims;
using Kazynashylyk.Notifications.Data;
using Kazynashylyk.Notifications.Feed;
using Kazynashylyk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Notifications.Deliveries;

/// <summary>
/// <c>GET /api/notifications/deliveries/{notificationId}</c>: what became of a notification's e-mail.
/// </summary>
public static class DeliveryEndpoints
{
    public static IEndpointRouteBuilder MapDeliveryEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/notifications/deliveries/{notificationId:guid}", GetAsync)
            .RequireAuthorization()
            .WithName("get-delivery")
            .WithSummary("Returns the delivery record of one of the caller's notifications.")
            .WithTags("Deliveries");

        return routes;
    }

    private static async Task<Results<Ok<DeliveryResponse>, ProblemHttpResult>> GetAsync(
        Guid notificationId,
        ClaimsPrincipal user,
        NotificationsDbContext db,
        CancellationToken cancellationToken)
    {
        if (PlatformJwt.UserIdOf(user) is not Guid userId)
        {
            return FeedEndpoints.NoUser();
        }

        // The recipient sees their own deliveries; a treasury operator sees every one (deliveries to an address
        // without a system user, such as a client's head, included).
        var isOperator = user.HasClaim(PlatformJwt.RoleClaim, PlatformRoles.TreasuryOperator);
        var delivery = await db.Deliveries.AsNoTracking()
            .Where(d => d.NotificationId == notificationId && (isOperator || d.RecipientUserId == userId))
            .Select(d => new DeliveryResponse(
                d.NotificationId, d.Channel, d.Template, d.Language, d.Status, d.Attempts, d.LastError,
                d.CreatedAt, d.LastAttemptAt, d.DeliveredAt, d.TraceId))
            .FirstOrDefaultAsync(cancellationToken);

        return delivery is null
            ? TypedResults.Problem(
                title: "No such delivery.",
                detail: $"The caller has no notification with the id {notificationId}.",
                statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(delivery);
    }
}
