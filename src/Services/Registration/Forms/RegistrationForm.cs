using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Kazynashylyk.Registration.Forms;

/// <summary>
/// The registration form a user signs: a JSON document in canonical form (<see cref="CanonicalJson"/>), whose bytes
/// are what the signature covers, and its reading in Kazakh and Russian (<see cref="RegistrationFormText"/>).
/// </summary>
public static class RegistrationForm
{
    /// <summary>The document type written into the form.</summary>
    public const string DocumentType = "registration-form";

    /// <summary>The version of the form's layout; a new layout gets a new version.</summary>
    public const string FormatVersion = "1";

    /// <summary>The form's canonical bytes.</summary>
    public static byte[] Canonicalize(RegistrationFormContent content) => CanonicalJson.Serialize(ToJson(content));

    /// <summary>SHA-256 of the canonical bytes, lower-case hex.</summary>
    public static string Sha256Of(ReadOnlySpan<byte> document) => Convert.ToHexStringLower(SHA256.HashData(document));

    public static JsonObject ToJson(RegistrationFormContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var client = content.Client;
        var user = content.User;
        var document = user.IdentityDocument;

        return new JsonObject
        {
            ["documentType"] = DocumentType,
            ["formatVersion"] = FormatVersion,
            ["applicationId"] = content.ApplicationId.ToString("D"),
            ["reference"] = content.Reference,
            ["submittedAt"] = content.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'",
                CultureInfo.InvariantCulture),
            ["language"] = content.Language,
            ["termsOfUse"] = new JsonObject
            {
                ["version"] = content.TermsVersion,
                ["titleKk"] = content.TermsTitleKk,
                ["titleRu"] = content.TermsTitleRu,
                ["accepted"] = true,
            },
            ["territorialUnit"] = new JsonObject
            {
                ["code"] = content.UnitCode,
                ["nameKk"] = content.UnitNameKk,
                ["nameRu"] = content.UnitNameRu,
            },
            ["role"] = new JsonObject
            {
                ["code"] = content.RoleCode,
                ["nameKk"] = content.RoleNameKk,
                ["nameRu"] = content.RoleNameRu,
            },
            ["client"] = new JsonObject
            {
                ["treasuryCode"] = client.TreasuryCode,
                ["bin"] = client.Bin,
                ["name"] = client.Name,
                ["legalForm"] = client.LegalForm,
                ["head"] = new JsonObject
                {
                    ["surname"] = client.Head.Surname,
                    ["name"] = client.Head.Name,
                    ["patronymic"] = client.Head.Patronymic,
                    ["position"] = client.Head.Position,
                    ["email"] = client.Head.Email,
                    ["authorityBasis"] = client.Head.AuthorityBasis,
                },
            },
            ["user"] = new JsonObject
            {
                ["login"] = user.Login,
                ["iin"] = user.Iin,
                ["surname"] = user.Surname,
                ["name"] = user.Name,
                ["patronymic"] = user.Patronymic,
                ["position"] = user.Position,
                ["email"] = user.Email,
                ["phone"] = user.Phone,
                ["identityDocument"] = new JsonObject
                {
                    ["kind"] = document.Kind,
                    ["series"] = document.Series,
                    ["number"] = document.Number,
                    ["issuer"] = document.Issuer,
                    ["issuedOn"] = document.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                },
            },
        };
    }
}
