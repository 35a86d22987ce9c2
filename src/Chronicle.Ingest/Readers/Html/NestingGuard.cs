using System.Collections.Frozen;
using System.Text;

namespace Chronicle.Ingest.Readers.Html;

/// <summary>
/// Caps how deep a page nests before it is parsed. The HTML tree builder checks the stack of open elements on
/// every tag, so a hostile page nested a million levels deep would take hours; beyond the cap, tags are dropped
/// (with their end tags) and their text kept. Real pages nest a few dozen levels and are never rewritten.
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 512;

    // Elements without end tags, or whose end tags are usually implied, do not deepen the nesting we count.
    private static readonly FrozenSet<string> Flat = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot",
        "colgroup", "html", "head", "body");

    /// <summary><paramref name="html"/> itself when it nests no deeper than the cap, else a flattened copy.</summary>
    public static string Flatten(string html)
    {
        var flat = Flat.GetAlternateLookup<ReadOnlySpan<char>>();
        var depth = 0;
        var output = (StringBuilder?)null;
        var suppressed = 0;
        var copied = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]) || tagEnd < 0
                || flat.Contains(html.AsSpan(nameStart, nameEnd - nameStart)))
            {
                continue;
            }

            var drop = false;
            if (closing)
            {
                drop = suppressed > 0;
                suppressed -= drop ? 1 : 0;
                depth = drop ? depth : Math.Max(0, depth - 1);
            }
            else if (html[tagEnd - 1] != '/')
            {
                drop = depth >= MaxDepth;
                suppressed += drop ? 1 : 0;
                depth += drop ? 0 : 1;
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, i - copied).Append(' ');
                copied = tagEnd + 1;
                i = tagEnd;
            }
        }

        return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
    }
}
