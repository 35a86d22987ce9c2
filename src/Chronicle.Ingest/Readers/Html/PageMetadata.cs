using AngleSharp.Dom;

namespace Chronicle.Ingest.Readers.Html;

/// <summary>A page's title and publication date, from its meta tags, JSON-LD, and headings.</summary>
internal static class PageMetadata
{
    private static readonly string[] SiteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "];
    private static readonly string[] DateMetaNames =
        ["date", "pubdate", "dc.date.issued", "dc.date", "dcterms.issued", "publish-date", "publication_date"];

    /// <summary>The title: <c>og:title</c>, else JSON-LD <c>headline</c>, else <c>&lt;title&gt;</c>, else the first h1.</summary>
    public static string? Title(IDocument document, JsonLdFields jsonLd)
    {
        var h1 = FirstH1(document);
        var title = Meta(document, "og:title") ?? jsonLd.Headline ?? TitleElement(document, h1) ?? h1;
        return string.IsNullOrWhiteSpace(title) ? null : title;
    }

    /// <summary>The publication date from the first of: article meta, JSON-LD, a time element, a date meta.</summary>
    public static DateOnly? Published(IDocument document, JsonLdFields jsonLd, INode main)
    {
        string?[] candidates =
        [
            Meta(document, "article:published_time"),
            jsonLd.DatePublished,
            TimeIn(main),
            ItemPropDate(document),
            .. DateMetaNames.Select(name => Meta(document, name)),
        ];
        foreach (var candidate in candidates)
        {
            if (PublicationDate.TryParse(candidate, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The content of the first meta tag whose <c>property</c> or <c>name</c> is <paramref name="key"/>.</summary>
    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in Metas(document))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(name?.Trim(), key, StringComparison.OrdinalIgnoreCase)
                && meta.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content))
            {
                return Collapse(content);
            }
        }

        return null;
    }

    private static IEnumerable<IElement> Metas(IDocument document) =>
        HtmlWalk.Elements(document).Where(element => element.LocalName == "meta");

    private static string? ItemPropDate(IDocument document) =>
        HtmlWalk.Elements(document)
            .Where(e => e.LocalName != "meta"
                        && string.Equals(e.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.GetAttribute("datetime") ?? e.GetAttribute("content"))
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    private static string? TimeIn(INode main) =>
        HtmlWalk.Elements(main)
            .Where(e => e.LocalName == "time")
            .Select(e => e.GetAttribute("datetime"))
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    private static string? FirstH1(IDocument document) =>
        HtmlWalk.Elements(document)
            .Where(e => e.LocalName == "h1")
            .Select(e => Collapse(ParagraphCollector.Collect(e)))
            .FirstOrDefault(text => text.Length > 0);

    /// <summary>The <c>&lt;title&gt;</c>, without a <c> | Site</c> suffix when what is left is the page's h1.</summary>
    private static string? TitleElement(IDocument document, string? h1)
    {
        var titleElement = HtmlWalk.Elements(document).FirstOrDefault(e => e.LocalName == "title");
        var title = titleElement is null ? string.Empty : Collapse(titleElement.TextContent);
        if (title.Length == 0)
        {
            return null;
        }

        if (h1 is not null)
        {
            foreach (var separator in SiteSeparators)
            {
                var at = title.LastIndexOf(separator, StringComparison.Ordinal);
                if (at > 0 && string.Equals(title[..at].Trim(), h1, StringComparison.OrdinalIgnoreCase))
                {
                    return title[..at].Trim();
                }
            }
        }

        return title;
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
