using System.Security.Claims;
using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Agreements.Documents;
using Kazynashylyk.Agreements.Signing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Agreements.Agreements;

/// <summary>
/// <c>/api/agreements</c>: an agreement's summary, its canonical document (what every party signs) and the
/// document's Kazakh and Russian texts. Only the agreement's parties see it; to anyone else it does not exist.
/// </summary>
public static class AgreementEndpoints
{
    public static IEndpointRouteBuilder MapAgreementEndpoints(this IEndpointRouteBuilder routes)
    {
        var agreements = routes.MapGroup("/api/agreements")
            .RequireAuthorization()
            .WithTags("Agreements");

        agreements.MapGet("/", ListAsync)
            .WithName("list-agreements")
            .WithSummary("Returns the agreements of an onboarding that the caller is party to.");

        agreements.MapGet("/{id:guid}", GetAsync)
            .WithName("get-agreement")
            .WithSummary("Returns an agreement: state, parties and the signatures so far.");

        agreements.MapGet("/{id:guid}/document", GetDocumentAsync)
            .WithName("get-agreement-document")
            .WithSummary("Returns the canonical JSON document that every party signs.");

        agreements.MapGet("/{id:guid}/document/text", GetTextAsync)
            .WithName("get-agreement-text")
            .WithSummary("Returns the agreement as plain text in Kazakh (kk) or Russian (ru).");

        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<AgreementResponse>>, ValidationProblem>> ListAsync(
        Guid? onboardingId,
        ClaimsPrincipal caller,
        AgreementsDbContext db,
        CancellationToken cancellationToken)
    {
        if (onboardingId is not Guid onboarding || onboarding == Guid.Empty)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["onboardingId"] = ["The onboarding's id is required."],
            });
        }

        var found = await db.Agreements.AsNoTracking().Include(a => a.Signatures)
            .Where(a => a.OnboardingId == onboarding)
            .OrderBy(a => a.CreatedAt)
            .ToListAsync(cancellationToken);

        return TypedResults.Ok<IReadOnlyList<AgreementResponse>>(
            found.Where(a => AgreementAccess.CanSee(caller, a)).Select(AgreementResponse.From).ToList());
    }

    private static async Task<Results<Ok<AgreementResponse>, ProblemHttpResult>> GetAsync(
        Guid id,
        ClaimsPrincipal caller,
        AgreementsDbContext db,
        CancellationToken cancellationToken)
    {
        var agreement = await FindVisibleAsync(id, caller, db, withSignatures: true, cancellationToken);

        return agreement is null
            ? AgreementProblems.NotFound(id)
            : TypedResults.Ok(AgreementResponse.From(agreement));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetDocumentAsync(
        Guid id,
        ClaimsPrincipal caller,
        AgreementsDbContext db,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var agreement = await FindVisibleAsync(id, caller, db, withSignatures: false, cancellationToken);
        if (agreement is null)
        {
            return AgreementProblems.NotFound(id);
        }

        // RFC 9530: the signer's software can check it received the bytes the agreement names.
        var digest = Convert.ToBase64String(Convert.FromHexString(agreement.DocumentSha256));
        response.Headers["Repr-Digest"] = $"sha-256=:{digest}:";

        return TypedResults.Bytes(agreement.Document, "application/json");
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetTextAsync(
        Guid id,
        string? language,
        ClaimsPrincipal caller,
        AgreementsDbContext db,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (AgreementTextRenderer.WordingFor(language ?? "kk") is not { } wording)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["language"] = [$"The language must be one of: {string.Join(", ", AgreementTextRenderer.Languages)}."],
            });
        }

        var agreement = await FindVisibleAsync(id, caller, db, withSignatures: false, cancellationToken);
        if (agreement is null)
        {
            return AgreementProblems.NotFound(id);
        }

        var document = AgreementDocumentSerializer.Parse(agreement.Document);
        response.Headers.ContentLanguage = wording.Language;

        return TypedResults.Text(
            AgreementTextRenderer.Render(document, agreement.DocumentSha256, wording), "text/plain; charset=utf-8");
    }

    private static async Task<Agreement?> FindVisibleAsync(
        Guid id,
        ClaimsPrincipal caller,
        AgreementsDbContext db,
        bool withSignatures,
        CancellationToken cancellationToken)
    {
        var query = db.Agreements.AsNoTracking();
        if (withSignatures)
        {
            query = query.Include(a => a.Signatures);
        }

        var agreement = await query.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

        return agreement is not null && AgreementAccess.CanSee(caller, agreement) ? agreement : null;
    }
}
