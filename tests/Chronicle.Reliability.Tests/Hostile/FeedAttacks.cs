using static Chronicle.Reliability.Tests.Hostile.Payloads;

namespace Chronicle.Reliability.Tests.Hostile;

/// <summary>Feeds that expand entities, reach for local files, nest deeply or carry a great many items.</summary>
internal static class FeedAttacks
{
    private const string Item = "<item><title>March</title><link>https://example.org/a</link><description>Police said about 200 people marched to the ministry on Monday.</description></item>";

    public static IEnumerable<HostileInput> All()
    {
        // The classic: ten of the entity before, nine times over, a billion "lol"s from under a kilobyte.
        var laughs = "<!DOCTYPE rss [<!ENTITY lol0 \"lol\">"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"))
            + "]>";
        yield return new("billion laughs", Utf8("<?xml version=\"1.0\"?>" + laughs + "<rss version=\"2.0\"><channel><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>"));
        yield return new("external entity (XXE)", Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel>"
            + "<item><title>x</title><description>&xxe;</description></item></channel></rss>"));
        yield return new("parameter entity", Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]><rss><channel>" + Item + "</channel></rss>"));
        yield return new("quadratic blowup", Utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + new string('a', 50_000) + "\">]><rss><channel><item><description>"
            + Repeat("&a;", 60_000) + "</description></item></channel></rss>"));
        yield return new("10,000-level nested elements", Utf8("<rss version=\"2.0\"><channel><item><description>" + Repeat("<x>", 30_000) + "text" + Repeat("</x>", 40_000) + "</description></item></channel></rss>"));
        yield return new("5,000 items", Utf8("<rss version=\"2.0\"><channel>" + Repeat(Item, 5_000 * Item.Length) + "</channel></rss>"));
        yield return new("atom entries with escaped script", Utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"html\">&lt;script&gt;alert(1)&lt;/script&gt;</title>"
            + "<content type=\"html\">&lt;p onclick=\"alert(2)\"&gt;Police said 200 people marched on Monday. &lt;a href=\"javascript:alert(3)\"&gt;x&lt;/a&gt;&lt;/p&gt;</content></entry></feed>"));
        yield return new("absurd dates", Utf8("<rss><channel><item><pubDate>Mon, 99 Foo 99999 99:99:99 +9999</pubDate><description>Police said 200 people marched on Monday.</description></item></channel></rss>"));
        yield return new("1 MB link", Utf8("<rss><channel><item><link>https://example.org/" + new string('a', Megabyte) + "</link><description>Police said 200 people marched.</description></item></channel></rss>"));
        yield return new("unclosed root", Utf8("<rss><channel>" + Item));
        yield return new("character references out of range", Utf8("<rss><channel><item><description>&#0; &#xD800; &#x110000;</description></item></channel></rss>"));
        yield return new("no items", Utf8("<rss><channel><title>empty</title></channel></rss>"));
    }
}
