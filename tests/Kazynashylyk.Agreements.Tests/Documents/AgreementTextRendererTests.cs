using Kazynashylyk.Agreements.Documents;

namespace Kazynashylyk.Agreements.Tests.Documents;

public sealed class AgreementTextRendererTests
{
    private const string Hash = "ab12";

    [Fact]
    public void Render_Kazakh_HeadingNumberPlaceDateAndParties()
    {
        var text = AgreementTextRenderer.Render(Samples.Document(), Hash, AgreementWording.Kazakh);

        Assert.StartsWith("ЭЛЕКТРОНДЫҚ ЦИФРЛЫҚ ҚОЛТАҢБАНЫ ПАЙДАЛАНУ ТУРАЛЫ\nКЕЛІСІМ\n№ 0101-2026-17\n", text);
        Assert.Contains("Жасалған жері: Алматы\nКүні: 03.12.2026\n", text, StringComparison.Ordinal);
        Assert.Contains("Қазынашылық: Департамент казначейства по г. Алматы (бөлімше коды 0101); "
            + "қол қоюшы: Руководитель; өкілеттік негізі: Положение о департаменте.", text, StringComparison.Ordinal);
        Assert.Contains("Клиент: Аппарат акима \"Алмалинского\" района, ГУ, БСН 123456789021", text,
            StringComparison.Ordinal);
        Assert.Contains("Жүйе пайдаланушысы: Нурланов Асет Серикович, Главный бухгалтер, ЖСН 123456789012; "
            + "жеке басын куәландыратын құжат: жеке куәлік № 045678912, берген: МВД РК, 14.05.2020.", text,
            StringComparison.Ordinal);
        Assert.Contains("aset.n логинімен «Второй подписант» рөлінде (коды R02)", text, StringComparison.Ordinal);
        Assert.Contains("SHA-256: ab12", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Russian_HeadingNumberPartiesAndEssentialTerms()
    {
        var text = AgreementTextRenderer.Render(Samples.Document(), Hash, AgreementWording.Russian);

        Assert.StartsWith("СОГЛАШЕНИЕ\nОБ ИСПОЛЬЗОВАНИИ ЭЛЕКТРОННОЙ ЦИФРОВОЙ ПОДПИСИ\n№ 0101-2026-17\n", text);
        Assert.Contains("Клиент: Аппарат акима \"Алмалинского\" района, ГУ, БИН 123456789021, код в казначействе "
            + "1234567; подписант: Аким Ахметов Серик Болатович; основание полномочий: Устав.", text,
            StringComparison.Ordinal);
        Assert.Contains("Пользователь системы: Нурланов Асет Серикович", text, StringComparison.Ordinal);
        Assert.Contains("1. Соглашение вступает в силу с момента его подписания всеми сторонами", text,
            StringComparison.Ordinal);
        Assert.Contains("увольнение Пользователя", text, StringComparison.Ordinal);
        Assert.Contains("во внесудебном порядке", text, StringComparison.Ordinal);
        Assert.Contains("персональную ответственность за сохранение в тайне закрытого ключа", text,
            StringComparison.Ordinal);
        Assert.Contains("Редакция условий соглашения: eds-use/2026-1.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PassportWithSeries_SeriesWritten()
    {
        var document = Samples.Document();
        document = document with
        {
            User = document.User with
            {
                IdentityDocument = document.User.IdentityDocument with { Kind = "passport", Series = "N" },
            },
        };

        var text = AgreementTextRenderer.Render(document, Hash, AgreementWording.Russian);

        Assert.Contains("документ, удостоверяющий личность: паспорт серия N № 045678912", text,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk", "kk")]
    [InlineData("ru", "ru")]
    public void WordingFor_KnownLanguage_ItsWording(string language, string expected)
    {
        Assert.Equal(expected, AgreementTextRenderer.WordingFor(language)?.Language);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("KK")]
    [InlineData(null)]
    public void WordingFor_OtherLanguage_Null(string? language)
    {
        Assert.Null(AgreementTextRenderer.WordingFor(language));
    }
}
