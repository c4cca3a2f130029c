using System.Text.Json;
using Kazynashylyk.BuildingBlocks.Outbox;
using Kazynashylyk.Contracts.Registration;
using Kazynashylyk.Registration.Data;
using Kazynashylyk.Registration.Forms;
using Kazynashylyk.Registration.Http;
using Kazynashylyk.Registration.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kazynashylyk.Registration.Registrations;

/// <summary>
/// Takes a registration: the client (new, or an existing one found by BIN), the system user (pending), the
/// application with its registration form, and <see cref="RegistrationSubmitted"/>, all in one transaction.
/// </summary>
public sealed class RegistrationService(
    RegistrationDbContext db,
    IDurableOutbox outbox,
    PersonalDataProtector protector,
    IinHasher iinHasher,
    IOptions<RegistrationOptions> options,
    TimeProvider time,
    ILogger<RegistrationService> logger)
{
    private const string Refused = "The registration cannot be taken.";

    public async Task<Outcome<SubmitRegistrationResponse>> SubmitAsync(
        RegistrationSubmission submission,
        CancellationToken cancellationToken)
    {
        var unit = await db.TerritorialUnits.AsNoTracking()
            .FirstOrDefaultAsync(u => u.Code == submission.TerritorialUnitCode, cancellationToken);
        var role = await db.Roles.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Code == submission.RoleCode, cancellationToken);
        var unknown = new Dictionary<string, string[]>();
        if (unit is null)
        {
            unknown["territorialUnitCode"] = [$"There is no territorial unit '{submission.TerritorialUnitCode}'."];
        }

        if (role is null)
        {
            unknown["roleCode"] = [$"There is no role '{submission.RoleCode}'."];
        }

        if (unit is null || role is null)
        {
            return Problem.Invalid(Refused, unknown);
        }

        var terms = options.Value.TermsOfUse;
        if (!string.Equals(submission.TermsVersion, terms.Version, StringComparison.Ordinal))
        {
            return Problem.Conflict(
                "The terms of use accepted are not the ones in force.",
                $"The terms of use in force are version '{terms.Version}'; accept them to register.",
                new Dictionary<string, object?> { ["currentVersion"] = terms.Version });
        }

        if (await db.SystemUsers.AnyAsync(u => u.Login == submission.User.Login, cancellationToken))
        {
            return LoginTaken(submission.User.Login);
        }

        var client = await FindOrCreateClientAsync(submission.Client, cancellationToken);
        if (client.Problem is not null)
        {
            return client.Problem;
        }

        var iinHmac = iinHasher.Hash(submission.User.Iin);
        var existingUser = await db.SystemUsers.AnyAsync(
            u => u.ClientId == client.Value!.Id && u.IinHmac == iinHmac
                && (u.Status == SystemUserStatus.Pending || u.Status == SystemUserStatus.Active),
            cancellationToken);
        if (existingUser)
        {
            return Problem.Conflict(
                "The person is already a user of this client.",
                "A pending or active system user with this IIN exists for the client.");
        }

        return await CreateAsync(submission, unit, role, client.Value!, iinHmac, cancellationToken);
    }

    private async Task<Outcome<Client>> FindOrCreateClientAsync(
        ClientSubmission submitted,
        CancellationToken cancellationToken)
    {
        var existing = await db.Clients.FirstOrDefaultAsync(c => c.Bin == submitted.Bin, cancellationToken);
        if (existing is not null)
        {
            // Known limitation: an existing client's name and head are kept as registered, because an anonymous
            // registration must not change them; a change of the client's data needs its own procedure.
            return existing.TreasuryCode == submitted.TreasuryCode
                ? existing
                : Problem.Conflict(
                    "The client is registered with another treasury code.",
                    $"A client with BIN {submitted.Bin} exists under another treasury code.");
        }

        if (await db.Clients.AnyAsync(c => c.TreasuryCode == submitted.TreasuryCode, cancellationToken))
        {
            return Problem.Conflict(
                "The treasury code belongs to another client.",
                $"The treasury code '{submitted.TreasuryCode}' is registered with another BIN.");
        }

        var client = new Client
        {
            Id = Guid.NewGuid(),
            TreasuryCode = submitted.TreasuryCode,
            Bin = submitted.Bin,
            Name = submitted.Name,
            LegalForm = submitted.LegalForm,
            Head = new ClientHead
            {
                Surname = submitted.Head.Surname,
                Name = submitted.Head.Name,
                Patronymic = submitted.Head.Patronymic,
                Position = submitted.Head.Position,
                Email = submitted.Head.Email,
                AuthorityBasis = submitted.Head.AuthorityBasis,
            },
            CreatedAt = time.GetUtcNow(),
        };
        db.Clients.Add(client);

        return client;
    }

    private async Task<Outcome<SubmitRegistrationResponse>> CreateAsync(
        RegistrationSubmission submission,
        TerritorialUnit unit,
        Role role,
        Client client,
        byte[] iinHmac,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var userId = Guid.NewGuid();
        var applicationId = Guid.NewGuid();
        var reference = $"R-{now.Year}-{await db.NextReferenceNumberAsync(cancellationToken):000000}";
        var content = FormContent(submission, unit, role, client, applicationId, reference, now);
        var form = RegistrationForm.Canonicalize(content);
        var user = NewUser(submission, client, iinHmac, userId, now);
        var application = new RegistrationApplication
        {
            Id = applicationId,
            Reference = reference,
            UserId = userId,
            ClientId = client.Id,
            UnitCode = unit.Code,
            TermsVersion = submission.TermsVersion,
            FormEncrypted = protector.Protect(form, DataPurposes.RegistrationForm(applicationId)),
            FormSha256 = RegistrationForm.Sha256Of(form),
            Status = ApplicationStatus.AwaitingFormSignature,
            SubmittedAt = now,
            UpdatedAt = now,
        };
        db.SystemUsers.Add(user);
        db.Applications.Add(application);
        await outbox.PublishEndpoint.Publish(new RegistrationSubmitted
        {
            OnboardingId = applicationId,
            Reference = reference,
            UserId = userId,
            Login = user.Login,
            ClientId = client.Id,
            ClientName = client.Name,
            TerritorialUnitCode = unit.Code,
            UserEmail = user.Email,
            HeadEmail = client.Head.Email,
            Language = user.Language,
            SubmittedAt = now,
        }, cancellationToken);

        try
        {
            await outbox.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation,
        })
        {
            // A concurrent registration took the login, the BIN, the treasury code or the person's place as a user
            // of this client between the checks and now.
            return Problem.Conflict(
                "The registration conflicts with another one.",
                "The login, the client's BIN or treasury code, or this person as a user of the client was registered "
                + "at the same moment; read the state again before retrying.");
        }

        RegistrationLog.Submitted(logger, applicationId, reference, userId, client.Id, unit.Code);

        return new SubmitRegistrationResponse(
            applicationId,
            reference,
            userId,
            application.Status,
            new RegistrationFormResponse(
                Convert.ToBase64String(form),
                application.FormSha256,
                new RegistrationFormTextResponse(RegistrationFormText.Kazakh(content),
                    RegistrationFormText.Russian(content))));
    }

    private SystemUser NewUser(
        RegistrationSubmission submission,
        Client client,
        byte[] iinHmac,
        Guid userId,
        DateTimeOffset now)
    {
        var person = submission.User;
        var document = JsonSerializer.SerializeToUtf8Bytes(person.IdentityDocument);

        return new SystemUser
        {
            Id = userId,
            ClientId = client.Id,
            Login = person.Login,
            IinHmac = iinHmac,
            IinEncrypted = protector.Protect(person.Iin, DataPurposes.UserIin(userId)),
            Surname = person.Surname,
            Name = person.Name,
            Patronymic = person.Patronymic,
            Position = person.Position,
            Email = person.Email,
            Phone = person.Phone,
            Language = submission.Language,
            RoleCode = submission.RoleCode,
            IdentityDocumentEncrypted = protector.Protect(document, DataPurposes.UserIdentityDocument(userId)),
            Status = SystemUserStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private RegistrationFormContent FormContent(
        RegistrationSubmission submission,
        TerritorialUnit unit,
        Role role,
        Client client,
        Guid applicationId,
        string reference,
        DateTimeOffset now)
    {
        var terms = options.Value.TermsOfUse;
        var head = client.Head;

        return new RegistrationFormContent
        {
            ApplicationId = applicationId,
            Reference = reference,
            SubmittedAt = now,
            Language = submission.Language,
            TermsVersion = terms.Version,
            TermsTitleKk = terms.TitleKk,
            TermsTitleRu = terms.TitleRu,
            UnitCode = unit.Code,
            UnitNameKk = unit.NameKk,
            UnitNameRu = unit.NameRu,
            RoleCode = role.Code,
            RoleNameKk = role.NameKk,
            RoleNameRu = role.NameRu,
            Client = new ClientSubmission(
                client.TreasuryCode,
                client.Bin,
                client.Name,
                client.LegalForm,
                new HeadSubmission(
                    head.Surname, head.Name, head.Patronymic, head.Position, head.Email, head.AuthorityBasis)),
            User = submission.User,
        };
    }

    private static Problem LoginTaken(string login) =>
        Problem.Conflict("The login is taken.", $"The login '{login}' belongs to another system user.");
}
