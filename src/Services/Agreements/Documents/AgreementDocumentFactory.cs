using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Contracts.Agreements;

namespace Kazynashylyk.Agreements.Documents;

/// <summary>Drafts the document of an agreement on the use of EDS from the parties a command names.</summary>
public static class AgreementDocumentFactory
{
    /// <summary>The document, with every text trimmed; the parties must have passed validation.</summary>
    public static AgreementDocument CreateEdsUse(AgreementParties parties, string journalNumber, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var (treasury, client, user) = (parties.Treasury, parties.Client, parties.User);

        return new AgreementDocument
        {
            Kind = AgreementKinds.EdsUse,
            JournalNumber = journalNumber,
            Place = treasury.Place.Trim(),
            Date = date,
            Treasury = new DocumentTreasury
            {
                UnitCode = treasury.UnitCode.Trim(),
                Name = treasury.Name.Trim(),
                SignatoryTitle = treasury.SignatoryTitle.Trim(),
                AuthorityBasis = treasury.AuthorityBasis.Trim(),
            },
            Client = new DocumentClient
            {
                TreasuryCode = client.TreasuryCode.Trim(),
                Bin = client.Bin,
                Name = client.Name.Trim(),
                LegalForm = client.LegalForm.Trim(),
                HeadFullName = client.HeadFullName.Trim(),
                HeadPosition = client.HeadPosition.Trim(),
                AuthorityBasis = client.AuthorityBasis.Trim(),
            },
            User = new DocumentUser
            {
                Login = user.Login.Trim(),
                Surname = user.Surname.Trim(),
                Name = user.Name.Trim(),
                Patronymic = string.IsNullOrWhiteSpace(user.Patronymic) ? null : user.Patronymic.Trim(),
                Iin = user.Iin,
                Position = user.Position.Trim(),
                IdentityDocument = new DocumentIdentity
                {
                    Kind = user.IdentityDocument.Kind.Trim(),
                    Series = string.IsNullOrWhiteSpace(user.IdentityDocument.Series)
                        ? null
                        : user.IdentityDocument.Series.Trim(),
                    Number = user.IdentityDocument.Number.Trim(),
                    Issuer = user.IdentityDocument.Issuer.Trim(),
                    IssuedOn = user.IdentityDocument.IssuedOn,
                },
                Role = new DocumentRole { Code = user.RoleCode.Trim(), Name = user.RoleName.Trim() },
            },
            TermsOfTheAgreement = AgreementTerms.EdsUseCurrent,
        };
    }
}
