using static Chronicle.Reliability.Tests.Hostile.Payloads;

namespace Chronicle.Reliability.Tests.Hostile;

/// <summary>Pages built to exhaust an HTML parser or to smuggle script through it.</summary>
internal static class HtmlAttacks
{
    private const string Paragraph = "<p>Police said about 200 people marched to the ministry on Monday to protest against the new law.</p>";

    public static IEnumerable<HostileInput> All()
    {
        foreach (var tag in (string[])["div", "span", "b", "table", "ul", "section", "font", "a"])
        {
            yield return new($"10,000-level nested <{tag}>", Page(Repeat($"<{tag}>", 10_000 * (tag.Length + 2)) + Paragraph + Repeat($"</{tag}>", 10_000 * (tag.Length + 3))));
        }

        yield return new("100,000 unclosed <div>", Page(Repeat("<div>", 500_000) + Paragraph));
        yield return new("100,000 stray end tags", Page(Repeat("</div>", 600_000) + Paragraph));
        yield return new("10,000 nested <table><tr><td>", Page(Repeat("<table><tr><td>", 150_000) + Paragraph));
        yield return new("alternating <b><i> misnesting", Page(Repeat("<b><i></b></i>", 140_000) + Paragraph));
        yield return new("100,000 attributes", Page("<p " + Repeat("a=b ", 400_000) + ">" + Paragraph[3..]));
        yield return new("1 MB attribute value", Page("<p title=\"" + new string('x', Megabyte) + "\">" + Paragraph[3..]));
        yield return new("1 MB title", Utf8("<html><head><title>" + new string('t', Megabyte) + "</title></head><body>" + Paragraph + "</body></html>"));
        yield return new("unterminated comment", Page("<!-- " + Repeat("<p>hidden</p>", 100_000)));
        yield return new("unterminated script", Page("<script>" + Repeat("var a = '<p>';", 100_000)));
        yield return new("entity soup", Page("<p>&#0; &#xFFFFFFFF; &#55296; &#x110000; &amp &lt;script&gt; &nosuch; " + Repeat("&amp;", 100_000) + "</p>" + Paragraph));
        yield return new("script, handlers and javascript links", Page(
            "<script>alert(1)</script><p onclick=\"alert(2)\">Click <a href=\"javascript:alert(3)\">here</a> <img src=x onerror=alert(4)>"
            + "<svg onload=alert(5)></svg></p>" + Paragraph));
        yield return new("unknown charset declared", [.. Utf8("<html><head><meta charset=\"x-klingon\"></head><body>"), 0xE9, 0xFF, .. Utf8(Paragraph + "</body></html>")]);
        yield return new("latin1 declared over bytes", [.. Utf8("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf"), 0xE9, .. Utf8(" " + Paragraph + "</p></body></html>")]);
        yield return new("deep JSON-LD", Page("<script type=\"application/ld+json\">" + Repeat("{\"a\":", 50_000) + "1" + Repeat("}", 10_000) + "</script>" + Paragraph));
        yield return new("JSON-LD with a huge date", Page("<script type=\"application/ld+json\">{\"datePublished\":\"" + new string('9', 100_000) + "\",\"headline\":1e999999}</script>" + Paragraph));
        yield return new("meta date absurd", Utf8("<html><head><meta property=\"article:published_time\" content=\"99999-99-99T99:99\"></head><body>" + Paragraph + "</body></html>"));
        yield return new("no body text", Page("<nav><a href=/>Home</a></nav><script>x()</script>"));
    }

    private static byte[] Page(string body) => Utf8("<!DOCTYPE html><html><head><title>March</title></head><body>" + body + "</body></html>");
}
