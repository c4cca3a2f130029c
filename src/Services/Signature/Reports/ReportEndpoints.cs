using Kazynashylyk.ServiceDefaults.Security;
using Kazynashylyk.Signature.Verification;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kazynashylyk.Signature.Reports;

/// <summary>
/// <c>GET /api/signatures/reports/{id}</c>: a stored verification report, for treasury operators only (it names
/// the signer's IIN; whoever asks for a verification gets the report in the answer itself).
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/signatures/reports/{reportId:guid}", GetAsync)
            .RequireAuthorization(policy => policy.RequireClaim(PlatformJwt.RoleClaim, PlatformRoles.TreasuryOperator))
            .WithName("get-verification-report")
            .WithSummary("Returns a stored verification report.")
            .WithTags("Signatures");

        return routes;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(
        Guid reportId,
        VerificationService verification,
        CancellationToken cancellationToken)
    {
        var json = await verification.FindReportJsonAsync(reportId, cancellationToken);

        return json is null
            ? TypedResults.Problem(
                title: "No such report.",
                detail: $"No verification report has the id {reportId}.",
                statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Text(json, "application/json; charset=utf-8");
    }
}
