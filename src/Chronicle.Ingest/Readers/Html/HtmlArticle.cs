using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chronicle.Ingest.Readers.Html;

/// <summary>What a page or an HTML fragment says: its title, date, and main text (empty when there is none).</summary>
internal sealed record HtmlArticle(string? Title, DateOnly? Published, string Text)
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>Parses a whole page and picks its main article.</summary>
    public static HtmlArticle FromPage(string html)
    {
        using var document = new HtmlParser(ParserOptions).ParseDocument(NestingGuard.Flatten(html));
        var jsonLd = new JsonLdFields();
        foreach (var script in HtmlWalk.Elements(document).Where(IsJsonLd))
        {
            jsonLd.Add(script.TextContent);
        }

        var (main, text) = MainContent.Find(document);
        return new HtmlArticle(PageMetadata.Title(document, jsonLd), PageMetadata.Published(document, jsonLd, main), text);
    }

    /// <summary>The text of a fragment (a feed item's content): all of it, in paragraphs, without furniture.</summary>
    public static string FragmentText(string html)
    {
        using var document = new HtmlParser(ParserOptions).ParseDocument(NestingGuard.Flatten(html));
        return ParagraphCollector.Collect((INode?)document.Body ?? document);
    }

    private static bool IsJsonLd(IElement element) =>
        element.LocalName == "script"
        && string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase);
}
