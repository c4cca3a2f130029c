using Kazynashylyk.Registration.Data;
using Kazynashylyk.Registration.PersonalData;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.Registration.Registrations;

/// <summary>
/// <c>/api/registration/registrations</c>: submit a registration, follow it, fetch and sign its form. Anonymous:
/// the person is not a user yet; the application's random id is what lets them back in.
/// </summary>
public static class RegistrationEndpoints
{
    private const string Invalid = "The registration is invalid.";

    public static IEndpointRouteBuilder MapRegistrationEndpoints(this IEndpointRouteBuilder routes)
    {
        var registrations = routes.MapGroup("/api/registration/registrations")
            .AllowAnonymous()
            .WithTags("Registrations");

        // Known limitation: no Idempotency-Key yet; a repeated submission is refused with 409 (the login is taken)
        // instead of answered with the first result.
        registrations.MapPost("/", SubmitAsync)
            .WithName("submit-registration")
            .WithSummary("Registers a client's user (pending) and returns the registration form to sign.");

        registrations.MapGet("/{id:guid}", GetAsync)
            .WithName("get-registration")
            .WithSummary("Returns where a registration stands.");

        registrations.MapGet("/{id:guid}/form", GetFormAsync)
            .WithName("get-registration-form")
            .WithSummary("Returns the registration form's canonical bytes, the bytes to sign.");

        // Signing twice is refused with 409 once the first signature was accepted, so no Idempotency-Key is needed.
        registrations.MapPost("/{id:guid}/form-signature", SignFormAsync)
            .WithName("sign-registration-form")
            .WithSummary("Verifies the user's CMS over the registration form and moves the registration on.");

        return routes;
    }

    private static async Task<Results<Created<SubmitRegistrationResponse>, ValidationProblem, ProblemHttpResult>>
        SubmitAsync(
            SubmitRegistrationRequest? request,
            RegistrationService registrations,
            IOptions<RegistrationOptions> options,
            TimeProvider time,
            CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var validator = new RegistrationValidator(options.Value.ValidateIdentifierChecksums, today);
        var submission = validator.Validate(request);
        if (submission is null)
        {
            return TypedResults.ValidationProblem(validator.Errors, title: Invalid);
        }

        var outcome = await registrations.SubmitAsync(submission, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return problem.AsValidationProblem() is { } validation ? validation : problem.AsProblem();
        }

        var created = outcome.Value!;

        return TypedResults.Created($"/api/registration/registrations/{created.ApplicationId}", created);
    }

    private static async Task<Results<Ok<RegistrationStatusResponse>, ProblemHttpResult>> GetAsync(
        Guid id,
        RegistrationDbContext db,
        CancellationToken cancellationToken)
    {
        var status = await db.Applications.AsNoTracking()
            .Where(a => a.Id == id)
            .Join(db.SystemUsers, a => a.UserId, u => u.Id, (a, u) => new RegistrationStatusResponse(
                a.Id, a.Reference, a.Status, a.FailureReason, a.AgreementId, a.JournalNumber, a.UserId, u.Status,
                a.TermsVersion, a.FormSha256, a.SubmittedAt, a.UpdatedAt))
            .FirstOrDefaultAsync(cancellationToken);

        return status is null ? RegistrationProblems.NoApplication(id).AsProblem() : TypedResults.Ok(status);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetFormAsync(
        Guid id,
        RegistrationDbContext db,
        PersonalDataProtector protector,
        CancellationToken cancellationToken)
    {
        var sealedForm = await db.Applications.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => a.FormEncrypted)
            .FirstOrDefaultAsync(cancellationToken);
        if (sealedForm is null)
        {
            return RegistrationProblems.NoApplication(id).AsProblem();
        }

        var form = protector.Unprotect(sealedForm, DataPurposes.RegistrationForm(id));

        return TypedResults.File(form, "application/json", $"registration-form-{id:N}.json");
    }

    private static async Task<Results<Ok<FormSignatureResponse>, ValidationProblem, ProblemHttpResult>> SignFormAsync(
        Guid id,
        FormSignatureRequest? request,
        FormSignatureService signatures,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.Cms))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["cms"] = ["The CMS (base64 DER or PEM) is required."] },
                title: "The form signature is invalid.");
        }

        var outcome = await signatures.SignAsync(id, request.Cms, cancellationToken);

        return outcome.Problem is { } problem ? problem.AsProblem() : TypedResults.Ok(outcome.Value!);
    }
}
