using System.Security.Claims;
using Kazynashylyk.Notifications.Data;
using Kazynashylyk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.Notifications.Feed;

/// <summary>
/// <c>/api/notifications/feed</c>: the caller's in-app notifications, newest first, and marking one read. The
/// caller is the system user named by the bearer token's <c>sub</c>.
/// </summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder routes)
    {
        var feed = routes.MapGroup("/api/notifications/feed")
            .RequireAuthorization()
            .WithTags("Feed");

        feed.MapGet("/", ListAsync)
            .WithName("list-feed")
            .WithSummary("Returns the caller's feed items, newest first.");

        // Marking read is idempotent by nature (a second call changes nothing), so no Idempotency-Key is needed.
        feed.MapPost("/{id:guid}/read", MarkReadAsync)
            .WithName("mark-feed-item-read")
            .WithSummary("Marks one of the caller's feed items read.");

        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<FeedItemResponse>>, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user,
        NotificationsDbContext db,
        IOptions<NotificationsOptions> options,
        CancellationToken cancellationToken)
    {
        if (PlatformJwt.UserIdOf(user) is not Guid userId)
        {
            return NoUser();
        }

        // Known limitation: the feed answers the newest FeedPageSize items and has no paging yet, because a
        // user receives a handful of notifications per onboarding; paging comes with the busier processes.
        var items = await db.FeedItems.AsNoTracking()
            .Where(f => f.UserId == userId)
            .OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id)
            .Take(options.Value.FeedPageSize)
            .Select(f => new FeedItemResponse(
                f.Id, f.NotificationId, f.Language, f.Title, f.Text, f.CreatedAt, f.IsRead, f.ReadAt))
            .ToListAsync(cancellationToken);

        return TypedResults.Ok<IReadOnlyList<FeedItemResponse>>(items);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(
        Guid id,
        ClaimsPrincipal user,
        NotificationsDbContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (PlatformJwt.UserIdOf(user) is not Guid userId)
        {
            return NoUser();
        }

        // Another user's item is answered exactly like a missing one, so ids cannot be probed.
        var item = await db.FeedItems.FirstOrDefaultAsync(f => f.Id == id && f.UserId == userId, cancellationToken);
        if (item is null)
        {
            return TypedResults.Problem(
                title: "No such feed item.",
                detail: $"The caller has no feed item with the id {id}.",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (!item.IsRead)
        {
            item.IsRead = true;
            item.ReadAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }

    internal static ProblemHttpResult NoUser() => TypedResults.Problem(
        title: "The token names no system user.",
        detail: "The bearer token's 'sub' claim must be a system user's id.",
        statusCode: StatusCodes.Status403Forbidden);
}
