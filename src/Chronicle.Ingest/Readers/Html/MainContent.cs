using AngleSharp.Dom;

namespace Chronicle.Ingest.Readers.Html;

/// <summary>
/// The article text of a page: the marked-up article body (<c>[itemprop=articleBody]</c>, <c>&lt;article&gt;</c>,
/// <c>&lt;main&gt;</c>, the longest when there are several) when it has text, else the densest text block.
/// </summary>
internal static class MainContent
{
    /// <summary>The main element and its text; the text is empty when the page has none.</summary>
    public static (INode Root, string Text) Find(IDocument document)
    {
        var body = (INode?)document.Body ?? document;
        List<IElement> articleBodies = [], articles = [], mains = [];
        foreach (var element in HtmlWalk.Elements(body))
        {
            var list = element.LocalName switch
            {
                _ when string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase)
                    => articleBodies,
                "article" => articles,
                "main" => mains,
                _ => null,
            };
            list?.Add(element);
        }

        foreach (var candidates in (IEnumerable<List<IElement>>)[articleBodies, articles, mains])
        {
            if (Longest(candidates) is { } found)
            {
                return found;
            }
        }

        var dense = DensityScorer.FindMain(body);
        if (dense is not null && ParagraphCollector.Collect(dense) is { Length: > 0 } denseText)
        {
            return (dense, denseText);
        }

        return (body, ParagraphCollector.Collect(body));
    }

    private static (INode Root, string Text)? Longest(List<IElement> candidates)
    {
        (INode Root, string Text)? best = null;
        foreach (var candidate in candidates)
        {
            var text = ParagraphCollector.Collect(candidate);
            if (text.Length > 0 && (best is null || text.Length > best.Value.Text.Length))
            {
                best = (candidate, text);
            }
        }

        return best;
    }
}
