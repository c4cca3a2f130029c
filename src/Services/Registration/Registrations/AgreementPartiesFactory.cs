using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Registration.Data;

namespace Kazynashylyk.Registration.Registrations;

/// <summary>
/// Names the parties of an agreement on the use of EDS from the registration: the unit, the client with its head
/// and the user with their role. Names and places are written in the user's language.
/// </summary>
public static class AgreementPartiesFactory
{
    public static AgreementParties Create(
        TerritorialUnit unit,
        Client client,
        SystemUser user,
        Role role,
        string iin,
        IdentityDocumentDetails identityDocument)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(role);

        return new AgreementParties
        {
            Treasury = new TreasuryParty
            {
                UnitCode = unit.Code,
                Name = unit.NameIn(user.Language),
                Place = unit.PlaceIn(user.Language),
                SignatoryTitle = unit.SignatoryTitle,
                AuthorityBasis = unit.AuthorityBasis,
            },
            Client = new ClientParty
            {
                ClientId = client.Id,
                TreasuryCode = client.TreasuryCode,
                Bin = client.Bin,
                Name = client.Name,
                LegalForm = client.LegalForm,
                HeadFullName = client.Head.FullName,
                HeadPosition = client.Head.Position,
                AuthorityBasis = client.Head.AuthorityBasis,
            },
            User = new UserParty
            {
                UserId = user.Id,
                Login = user.Login,
                Surname = user.Surname,
                Name = user.Name,
                Patronymic = user.Patronymic,
                Iin = iin,
                Position = user.Position,
                IdentityDocument = identityDocument,
                RoleCode = role.Code,
                RoleName = role.NameIn(user.Language),
            },
        };
    }
}
