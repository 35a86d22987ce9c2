using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Chronicle.Ingest.Readers.Html;

/// <summary>Which elements carry article text, which break paragraphs, and which are page furniture.</summary>
internal static class HtmlElementKinds
{
    private static readonly FrozenSet<string> Furniture = FrozenSet.Create(
        StringComparer.Ordinal,
        "nav", "header", "footer", "aside", "script", "style", "noscript", "form", "template", "iframe", "svg",
        "button", "select", "textarea", "input", "menu", "dialog", "object", "embed", "canvas", "video", "audio",
        "map", "head", "title", "meta", "link");

    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(
        StringComparer.Ordinal,
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "td", "th", "caption", "figure", "figcaption", "br", "hr",
        "address", "details", "summary", "center", "body", "hgroup");

    private static readonly FrozenSet<string> FurnitureRoles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar");

    // Class and id words that name widgets around an article rather than the article; matched as word prefixes.
    private static readonly string[] NoisePrefixes =
    [
        "share", "sharing", "social", "cookie", "consent", "gdpr", "related", "newsletter", "advert", "promo",
        "breadcrumb", "subscri", "sidebar", "popup", "modal", "sponsor", "recommend", "outbrain", "taboola",
        "comment", "disqus", "paywall", "signup",
    ];

    private static readonly FrozenSet<string> NoiseWords = FrozenSet.Create(
        StringComparer.Ordinal, "ad", "ads", "tags", "toolbar", "more-stories", "most-read", "trending");

    public static bool IsBlock(string localName) => Blocks.Contains(localName);

    public static bool IsHeading(string localName) =>
        localName.Length == 2 && localName[0] == 'h' && localName[1] is >= '1' and <= '6';

    /// <summary>True for page furniture: navigation, scripts, forms, hidden parts, share and cookie widgets.</summary>
    public static bool IsFurniture(IElement element)
    {
        if (Furniture.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || IsDisplayNone(element.GetAttribute("style")))
        {
            return true;
        }

        return element.LocalName is not ("body" or "article" or "main") && (
            HasNoiseWord(element.GetAttribute("class")) || HasNoiseWord(element.GetAttribute("id")));
    }

    private static bool IsDisplayNone(string? style) =>
        style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains("display:none", StringComparison.OrdinalIgnoreCase);

    private static bool HasNoiseWord(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var word in value.ToLowerInvariant().Split([' ', '\t', '\n', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (NoiseWords.Contains(word))
            {
                return true;
            }

            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (NoiseWords.Contains(part) || (part != "commentary" && StartsWithNoise(part)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsWithNoise(string part)
    {
        foreach (var prefix in NoisePrefixes)
        {
            if (part.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
