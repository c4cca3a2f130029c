namespace Kazynashylyk.Notifications.Templates;

/// <summary>
/// Every notification the platform sends, in Kazakh ("kk") and Russian ("ru"). Kept in code: a new template
/// comes with the change that sends it, is reviewed with it and needs no deployment of its own.
/// </summary>
public static class TemplateCatalog
{
    public const string Kazakh = "kk";
    public const string Russian = "ru";

    private static readonly Dictionary<string, Dictionary<string, TemplateText>> Templates = new(StringComparer.Ordinal)
    {
        ["user-activated"] = new(StringComparer.Ordinal)
        {
            [Kazakh] = new(
                "Treasury-Client: есептік жазбаңыз белсендірілді",
                "Құрметті пайдаланушы!\n\n"
                + "{login} логинімен тіркелген есептік жазбаңыз Treasury-Client жүйесінде белсендірілді. "
                + "Енді жүйеге ЭЦҚ арқылы кіре аласыз.\n\nҚазынашылық комитеті"),
            [Russian] = new(
                "Treasury-Client: ваша учётная запись активирована",
                "Уважаемый пользователь!\n\n"
                + "Ваша учётная запись с логином {login} в системе Treasury-Client активирована. "
                + "Теперь вы можете входить в систему с помощью ЭЦП.\n\nКомитет казначейства"),
        },
        ["onboarding-expired"] = new(StringComparer.Ordinal)
        {
            [Kazakh] = new(
                "Treasury-Client: тіркеу өтінімінің мерзімі өтті",
                "Құрметті пайдаланушы!\n\n"
                + "№ {reference} тіркеу өтінімі белгіленген мерзімде аяқталмағандықтан жабылды. "
                + "Қажет болса, өтінімді қайта беріңіз.\n\nҚазынашылық комитеті"),
            [Russian] = new(
                "Treasury-Client: срок заявки на регистрацию истёк",
                "Уважаемый пользователь!\n\n"
                + "Заявка на регистрацию № {reference} закрыта, так как не была завершена в установленный срок. "
                + "При необходимости подайте заявку повторно.\n\nКомитет казначейства"),
        },
        ["agreement-concluded"] = new(StringComparer.Ordinal)
        {
            [Kazakh] = new(
                "Treasury-Client: ЭЦҚ пайдалану туралы келісім жасалды",
                "Құрметті пайдаланушы!\n\n"
                + "{clientName} ұйымымен ЭЦҚ пайдалану туралы № {journalNumber} келісімге барлық тараптар "
                + "қол қойды және ол күшіне енді.\n\nҚазынашылық комитеті"),
            [Russian] = new(
                "Treasury-Client: соглашение об использовании ЭЦП заключено",
                "Уважаемый пользователь!\n\n"
                + "Соглашение об использовании ЭЦП № {journalNumber} с организацией {clientName} подписано "
                + "всеми сторонами и вступило в силу.\n\nКомитет казначейства"),
        },
    };

    /// <summary>The template's text in the language, or null when either is unknown.</summary>
    public static TemplateText? Find(string template, string language) =>
        Templates.TryGetValue(template, out var languages) && languages.TryGetValue(language, out var text)
            ? text
            : null;

    public static bool IsKnown(string template) => Templates.ContainsKey(template);

    public static bool IsSupportedLanguage(string language) => language is Kazakh or Russian;
}
