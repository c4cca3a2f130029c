using Kazynashylyk.Registration.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.Registration.Reference;

/// <summary>
/// <c>/api/registration/reference</c>: the roles, the territorial units (without their operators) and the terms of
/// use in force: what a registration form offers. Anonymous.
/// </summary>
public static class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder routes)
    {
        var reference = routes.MapGroup("/api/registration/reference")
            .AllowAnonymous()
            .WithTags("Reference");

        reference.MapGet("/roles", ListRolesAsync)
            .WithName("list-roles")
            .WithSummary("Returns the roles a system user may be given, with the certificates that qualify.");

        reference.MapGet("/territorial-units", ListUnitsAsync)
            .WithName("list-territorial-units")
            .WithSummary("Returns the territorial treasury units.");

        reference.MapGet("/terms-of-use", GetTermsOfUse)
            .WithName("get-terms-of-use")
            .WithSummary("Returns the version of the terms of use in force, which a registration must accept.");

        return routes;
    }

    private static async Task<Ok<List<RoleResponse>>> ListRolesAsync(
        RegistrationDbContext db,
        CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking()
            .OrderBy(r => r.Code)
            .Select(r => new RoleResponse(r.Code, r.NameKk, r.NameRu, r.QualifyingEkus, r.DocumentTypes))
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(roles);
    }

    private static async Task<Ok<List<TerritorialUnitResponse>>> ListUnitsAsync(
        RegistrationDbContext db,
        CancellationToken cancellationToken)
    {
        var units = await db.TerritorialUnits.AsNoTracking()
            .OrderBy(u => u.Code)
            .Select(u => new TerritorialUnitResponse(
                u.Code, u.NameKk, u.NameRu, u.PlaceKk, u.PlaceRu, u.SignatoryTitle, u.AuthorityBasis))
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(units);
    }

    private static Ok<TermsOfUseResponse> GetTermsOfUse(IOptions<RegistrationOptions> options)
    {
        var terms = options.Value.TermsOfUse;

        return TypedResults.Ok(new TermsOfUseResponse(terms.Version, terms.TitleKk, terms.TitleRu));
    }
}
