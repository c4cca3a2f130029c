using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Kazynashylyk.Notifications.Templates;

/// <summary>Fills a catalogued template with the command's parameters.</summary>
public static partial class TemplateRenderer
{
    /// <summary>
    /// Renders the template in the language. An unknown template or language, or a placeholder without a
    /// parameter, is a failure naming what is wrong; parameters the template does not use are ignored.
    /// </summary>
    public static RenderOutcome Render(string template, string language, IReadOnlyDictionary<string, string> parameters)
    {
        if (!TemplateCatalog.IsKnown(template))
        {
            return RenderOutcome.Failure($"Unknown template '{Shorten(template)}'.");
        }

        if (!TemplateCatalog.IsSupportedLanguage(language))
        {
            return RenderOutcome.Failure(
                $"Unsupported language '{Shorten(language)}': expected '{TemplateCatalog.Kazakh}' or "
                + $"'{TemplateCatalog.Russian}'.");
        }

        var text = TemplateCatalog.Find(template, language)!;
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var subject = Fill(text.Subject, parameters, missing);
        var body = Fill(text.Body, parameters, missing);
        if (missing.Count > 0)
        {
            return RenderOutcome.Failure(
                $"Template '{template}' needs parameters that are missing: {string.Join(", ", missing)}.");
        }

        return RenderOutcome.Success(new RenderedNotification(subject, body, ToHtml(body)));
    }

    // One pass over the template: a value that itself contains "{name}" is never expanded again.
    private static string Fill(
        string text, IReadOnlyDictionary<string, string> parameters, SortedSet<string> missing) =>
        Placeholder().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            if (parameters.TryGetValue(name, out var value))
            {
                return value;
            }

            missing.Add(name);

            return match.Value;
        });

    // The templates hold no markup, so encoding the rendered text whole keeps parameter values inert.
    private static string ToHtml(string body)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        foreach (var paragraph in body.Split("\n\n"))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal))
                .Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Shorten(string value) => value.Length <= 64 ? value : value[..64] + "…";

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
