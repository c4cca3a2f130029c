using System.Text.RegularExpressions;

namespace Kazynashylyk.Registration.Registrations;

/// <summary>Checks the client (GI/QPS) part of a registration request and its first head.</summary>
internal sealed partial class ClientRequestValidator(FieldValidator fields)
{
    public ClientSubmission? Validate(ClientRequest? client)
    {
        if (client is null)
        {
            fields.Add("client", "The client is required.");

            return null;
        }

        var code = fields.Text("client.treasuryCode", client.TreasuryCode, 20);
        if (code is not null && !TreasuryCodePattern().IsMatch(code))
        {
            fields.Add("client.treasuryCode", "The treasury code may hold only Latin letters, digits and hyphens.");
        }

        var bin = fields.Identifier("client.bin", "BIN", client.Bin);
        var name = fields.Text("client.name", client.Name, 500);
        var legalForm = fields.Text("client.legalForm", client.LegalForm, 100);
        var head = ValidateHead(client.Head);

        return code is null || bin is null || name is null || legalForm is null || head is null
            ? null
            : new ClientSubmission(code, bin, name, legalForm, head);
    }

    private HeadSubmission? ValidateHead(HeadRequest? head)
    {
        if (head is null)
        {
            fields.Add("client.head", "The client's head is required.");

            return null;
        }

        var surname = fields.PersonName("client.head.surname", head.Surname, required: true);
        var name = fields.PersonName("client.head.name", head.Name, required: true);
        var patronymic = fields.PersonName("client.head.patronymic", head.Patronymic, required: false);
        var position = fields.Text("client.head.position", head.Position, 300);
        var email = fields.Email("client.head.email", head.Email);
        var basis = fields.Text("client.head.authorityBasis", head.AuthorityBasis, 300);

        return surname is null || name is null || position is null || email is null || basis is null
            ? null
            : new HeadSubmission(surname, name, patronymic, position, email, basis);
    }

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex TreasuryCodePattern();
}
