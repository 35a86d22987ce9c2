using System.Collections.Immutable;
using System.Net;
using System.Xml.Linq;
using Chronicle.Ingest.Readers.Html;

namespace Chronicle.Ingest.Readers.Feeds;

/// <summary>
/// One RSS item or Atom entry as a document: its link is the source, its content (else description or summary)
/// is read as HTML, and author, categories and id go into the metadata.
/// </summary>
internal static class FeedItem
{
    private static readonly string[] DateNames = ["pubDate", "published", "date", "issued", "updated", "modified"];

    /// <summary>The item's document, or a failure naming its link (else <paramref name="fallbackSource"/>).</summary>
    public static ReadResult Read(XElement item, string fallbackSource)
    {
        var source = Link(item) ?? fallbackSource;
        var text = BodyText(item, "encoded", "content");
        if (text.Length == 0)
        {
            text = BodyText(item, "description", "summary");
        }

        if (text.Length == 0)
        {
            return new ReadFailure(source, "feed item has no text (no content, description or summary)");
        }

        var title = Child(item, "title") is { } titleElement ? Plain(titleElement) : null;
        DateOnly? published = null;
        foreach (var name in DateNames)
        {
            if (Child(item, name) is { } dateElement && PublicationDate.TryParse(dateElement.Value, out var date))
            {
                published = date;
                break;
            }
        }

        var document = new Document(source, string.IsNullOrEmpty(title) ? null : title, published, text, Metadata(item));
        return new DocumentRead(document);
    }

    private static XElement? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Link(XElement item)
    {
        foreach (var link in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var rel = (string?)link.Attribute("rel");
            var href = (string?)link.Attribute("href") ?? link.Value;
            if ((rel is null || rel == "alternate") && IsWebUrl(href))
            {
                return href.Trim();
            }
        }

        var guid = Child(item, "guid");
        return guid is not null && (string?)guid.Attribute("isPermaLink") != "false" && IsWebUrl(guid.Value)
            ? guid.Value.Trim()
            : null;
    }

    private static bool IsWebUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https";

    private static string BodyText(XElement item, params string[] names)
    {
        foreach (var element in item.Elements().Where(e => names.Contains(e.Name.LocalName)))
        {
            var text = HtmlArticle.FragmentText(AsHtml(element));
            if (text.Length > 0)
            {
                return text;
            }
        }

        return string.Empty;
    }

    /// <summary>Atom says how its text is written (<c>type</c>); RSS escapes HTML in the element's text.</summary>
    private static string AsHtml(XElement element) => (string?)element.Attribute("type") switch
    {
        "xhtml" => string.Concat(element.Nodes()),
        "text" or "text/plain" => WebUtility.HtmlEncode(element.Value),
        _ => element.Value,
    };

    private static string Plain(XElement element)
    {
        var text = element.Value.Contains('<', StringComparison.Ordinal) || element.Value.Contains('&', StringComparison.Ordinal)
            ? HtmlArticle.FragmentText(AsHtml(element))
            : element.Value;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static ImmutableSortedDictionary<string, string> Metadata(XElement item)
    {
        var metadata = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var authors = item.Elements()
            .Where(e => e.Name.LocalName is "author" or "creator")
            .Select(e => (Child(e, "name")?.Value ?? e.Value).Trim())
            .Where(a => a.Length > 0)
            .ToList();
        var categories = item.Elements()
            .Where(e => e.Name.LocalName is "category" or "subject")
            .Select(e => ((string?)e.Attribute("term") ?? e.Value).Trim())
            .Where(c => c.Length > 0)
            .ToList();
        var id = (Child(item, "guid") ?? Child(item, "id"))?.Value.Trim();
        Put(metadata, "author", string.Join("; ", authors));
        Put(metadata, "categories", string.Join("; ", categories));
        Put(metadata, "guid", id);
        return metadata.ToImmutable();
    }

    private static void Put(ImmutableSortedDictionary<string, string>.Builder metadata, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            metadata[key] = value;
        }
    }
}
