using System.Globalization;
using System.Text;
using Kazynashylyk.Registration.Registrations;

namespace Kazynashylyk.Registration.Forms;

/// <summary>
/// The registration form as a person reads it before signing, in Kazakh and Russian. It renders the same facts
/// as the canonical document; the signature covers the document.
/// </summary>
public static class RegistrationFormText
{
    /// <summary>Kazakhstan's time zone since 2024 (UTC+5), for the date a person reads.</summary>
    private static readonly TimeSpan KazakhstanOffset = TimeSpan.FromHours(5);

    public static string Kazakh(RegistrationFormContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var client = content.Client;
        var user = content.User;
        var document = user.IdentityDocument;
        var text = new StringBuilder()
            .AppendLine("«Қазынашылық-Клиент» жүйесі пайдаланушысының тіркеу нысаны")
            .AppendLine(CultureInfo.InvariantCulture, $"Өтінім: {content.Reference}, {DateOf(content)}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Қазынашылықтың аумақтық бөлімшесі: {content.UnitCode} {content.UnitNameKk}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Клиент: {client.Name} ({client.LegalForm}), қазынашылықтағы коды {client.TreasuryCode}, "
                + $"БСН {client.Bin}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Бірінші басшы: {FullName(client.Head.Surname, client.Head.Name, client.Head.Patronymic)}, "
                + $"{client.Head.Position}, негіздеме: {client.Head.AuthorityBasis}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Пайдаланушы: {FullName(user.Surname, user.Name, user.Patronymic)}, ЖСН {user.Iin}, "
                + $"лауазымы: {user.Position}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Логин: {user.Login}; e-mail: {user.Email}; телефон: {user.Phone ?? "—"}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Жеке басын куәландыратын құжат: {KindKk(document.Kind)} {Series(document.Series)}№ "
                + $"{document.Number}, берген {document.Issuer}, {DateText(document.IssuedOn)}")
            .AppendLine(CultureInfo.InvariantCulture, $"Рөлі: {content.RoleNameKk} ({content.RoleCode})")
            .Append(
                $"Мен көрсетілген деректердің дұрыс әрі толық екенін растаймын, «{content.TermsTitleKk}» "
                + $"пайдаланушылық келісімінің (нұсқасы {content.TermsVersion}) барлық шарттарын қабылдаймын және "
                + "осы нысанның деректерін жүйеге беруге келісемін.");

        return text.ToString();
    }

    public static string Russian(RegistrationFormContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var client = content.Client;
        var user = content.User;
        var document = user.IdentityDocument;
        var text = new StringBuilder()
            .AppendLine("Регистрационная форма пользователя системы «Казначейство-Клиент»")
            .AppendLine(CultureInfo.InvariantCulture, $"Заявка: {content.Reference} от {DateOf(content)}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Территориальное подразделение казначейства: {content.UnitCode} {content.UnitNameRu}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Клиент: {client.Name} ({client.LegalForm}), код в казначействе {client.TreasuryCode}, "
                + $"БИН {client.Bin}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Первый руководитель: {FullName(client.Head.Surname, client.Head.Name, client.Head.Patronymic)}, "
                + $"{client.Head.Position}, действует на основании: {client.Head.AuthorityBasis}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Пользователь: {FullName(user.Surname, user.Name, user.Patronymic)}, ИИН {user.Iin}, "
                + $"должность: {user.Position}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Логин: {user.Login}; e-mail: {user.Email}; телефон: {user.Phone ?? "—"}")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Документ, удостоверяющий личность: {KindRu(document.Kind)} {Series(document.Series)}№ "
                + $"{document.Number}, выдан {document.Issuer} {DateText(document.IssuedOn)}")
            .AppendLine(CultureInfo.InvariantCulture, $"Роль: {content.RoleNameRu} ({content.RoleCode})")
            .Append(
                $"Подтверждаю достоверность и полноту указанных данных, принимаю все условия пользовательского "
                + $"соглашения «{content.TermsTitleRu}» (версия {content.TermsVersion}) и согласен(на) на передачу "
                + "данных этой формы в систему.");

        return text.ToString();
    }

    private static string FullName(string surname, string name, string? patronymic) =>
        string.IsNullOrEmpty(patronymic) ? $"{surname} {name}" : $"{surname} {name} {patronymic}";

    private static string Series(string? series) => string.IsNullOrEmpty(series) ? string.Empty : $"{series} ";

    private static string DateOf(RegistrationFormContent content) =>
        DateText(DateOnly.FromDateTime(content.SubmittedAt.ToOffset(KazakhstanOffset).DateTime));

    private static string DateText(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string KindKk(string kind) =>
        kind == IdentityDocumentKinds.Passport ? "паспорт" : "жеке куәлік";

    private static string KindRu(string kind) =>
        kind == IdentityDocumentKinds.Passport ? "паспорт" : "удостоверение личности";
}
