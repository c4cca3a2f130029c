namespace Kazynashylyk.Agreements.Documents;

/// <summary>
/// The fixed wording of the agreement on the use of EDS in one language, for the terms version
/// <see cref="AgreementTerms.EdsUseCurrent"/>. The essential terms follow items 15–19 of the agreement.
/// </summary>
public sealed record AgreementWording
{
    public required string Language { get; init; }

    public required IReadOnlyList<string> Heading { get; init; }

    public required string PlaceLabel { get; init; }

    public required string DateLabel { get; init; }

    public required string PartiesHeading { get; init; }

    public required string TreasuryLabel { get; init; }

    public required string ClientLabel { get; init; }

    public required string UserLabel { get; init; }

    public required string UnitCodeLabel { get; init; }

    public required string BinLabel { get; init; }

    public required string TreasuryCodeLabel { get; init; }

    public required string IinLabel { get; init; }

    public required string SignatoryLabel { get; init; }

    public required string BasisLabel { get; init; }

    public required string IdentityDocumentLabel { get; init; }

    public required string SeriesLabel { get; init; }

    public required string IssuedLabel { get; init; }

    public required string IdCard { get; init; }

    public required string Passport { get; init; }

    /// <summary>The subject: {0} login, {1} role name, {2} role code.</summary>
    public required string Subject { get; init; }

    public required string TermsHeading { get; init; }

    public required IReadOnlyList<string> Terms { get; init; }

    /// <summary>{0} terms version.</summary>
    public required string TermsVersion { get; init; }

    /// <summary>{0} SHA-256 of the canonical document.</summary>
    public required string Rendering { get; init; }

    public required string Signatures { get; init; }

    public static AgreementWording Kazakh { get; } = new()
    {
        Language = "kk",
        Heading = ["ЭЛЕКТРОНДЫҚ ЦИФРЛЫҚ ҚОЛТАҢБАНЫ ПАЙДАЛАНУ ТУРАЛЫ", "КЕЛІСІМ"],
        PlaceLabel = "Жасалған жері",
        DateLabel = "Күні",
        PartiesHeading = "Тараптар",
        TreasuryLabel = "Қазынашылық",
        ClientLabel = "Клиент",
        UserLabel = "Жүйе пайдаланушысы",
        UnitCodeLabel = "бөлімше коды",
        BinLabel = "БСН",
        TreasuryCodeLabel = "қазынашылықтағы коды",
        IinLabel = "ЖСН",
        SignatoryLabel = "қол қоюшы",
        BasisLabel = "өкілеттік негізі",
        IdentityDocumentLabel = "жеке басын куәландыратын құжат",
        SeriesLabel = "сериясы",
        IssuedLabel = "берген",
        IdCard = "жеке куәлік",
        Passport = "паспорт",
        Subject = "Келісімнің мәні: Пайдаланушы «Қазынашылық-Клиент» жүйесіне {0} логинімен «{1}» рөлінде "
            + "(коды {2}) қол жеткізеді және Клиенттің электрондық құжаттарына өзінің ЭЦҚ-сымен қол қояды.",
        TermsHeading = "Негізгі талаптар",
        Terms =
        [
            "Келісім оған барлық тараптар қол қойған сәттен бастап күшіне енеді және бұзылғанға дейін қолданылады.",
            "Келісімді бұзуға немесе қайта ресімдеуге мыналар негіз болады: Пайдаланушының тіркеу деректерінің "
                + "өзгеруі; Пайдаланушының жұмыстан босатылуы; Пайдаланушының функционалдық міндеттерінің өзгеруі; "
                + "Клиенттің атауының өзгеруі, қайта ұйымдастырылуы немесе таратылуы.",
            "Келісімге байланысты дауларды тараптар алдымен сотқа дейінгі тәртіппен реттейді; келісімге келмеген "
                + "жағдайда дау Қазақстан Республикасының заңнамасына сәйкес сотта шешіледі.",
            "Пайдаланушы ЭЦҚ жабық кілтінің және оның құпиясөзінің құпиялығын сақтау үшін дербес жауап береді; "
                + "жабық кілт ешкімге берілмейді.",
        ],
        TermsVersion = "Келісім талаптарының редакциясы: {0}.",
        Rendering = "Бұл мәтін тараптар ЭЦҚ-мен қол қоятын электрондық құжатты баяндайды "
            + "(канондық JSON, SHA-256: {0}).",
        Signatures = "Қолтаңбалар: Пайдаланушы, Клиент басшысы, Қазынашылық — ЭЦҚ, осы ретпен.",
    };

    public static AgreementWording Russian { get; } = new()
    {
        Language = "ru",
        Heading = ["СОГЛАШЕНИЕ", "ОБ ИСПОЛЬЗОВАНИИ ЭЛЕКТРОННОЙ ЦИФРОВОЙ ПОДПИСИ"],
        PlaceLabel = "Место заключения",
        DateLabel = "Дата",
        PartiesHeading = "Стороны",
        TreasuryLabel = "Казначейство",
        ClientLabel = "Клиент",
        UserLabel = "Пользователь системы",
        UnitCodeLabel = "код подразделения",
        BinLabel = "БИН",
        TreasuryCodeLabel = "код в казначействе",
        IinLabel = "ИИН",
        SignatoryLabel = "подписант",
        BasisLabel = "основание полномочий",
        IdentityDocumentLabel = "документ, удостоверяющий личность",
        SeriesLabel = "серия",
        IssuedLabel = "выдан",
        IdCard = "удостоверение личности",
        Passport = "паспорт",
        Subject = "Предмет соглашения: Пользователь получает доступ к системе «Казначейство-Клиент» под логином "
            + "{0} с ролью «{1}» (код {2}) и подписывает электронные документы Клиента своей ЭЦП.",
        TermsHeading = "Существенные условия",
        Terms =
        [
            "Соглашение вступает в силу с момента его подписания всеми сторонами и действует до его расторжения.",
            "Основаниями для расторжения или переоформления Соглашения являются: изменение регистрационных данных "
                + "Пользователя; увольнение Пользователя; изменение функциональных обязанностей Пользователя; "
                + "переименование, реорганизация или ликвидация Клиента.",
            "Споры, связанные с Соглашением, стороны сначала урегулируют во внесудебном порядке; при недостижении "
                + "согласия спор разрешается в суде в соответствии с законодательством Республики Казахстан.",
            "Пользователь несёт персональную ответственность за сохранение в тайне закрытого ключа ЭЦП и пароля к "
                + "нему; закрытый ключ никому не передаётся.",
        ],
        TermsVersion = "Редакция условий соглашения: {0}.",
        Rendering = "Настоящий текст излагает электронный документ, который стороны подписывают ЭЦП "
            + "(канонический JSON, SHA-256: {0}).",
        Signatures = "Подписи: Пользователь, руководитель Клиента, Казначейство — ЭЦП, в указанном порядке.",
    };
}
