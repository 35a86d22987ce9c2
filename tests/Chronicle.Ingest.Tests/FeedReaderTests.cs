using System.Diagnostics;
using Chronicle.Ingest.Readers;

namespace Chronicle.Ingest.Tests;

public sealed class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment before the root -->
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Example wire</title>
            <item>
              <title>Ferry services resume</title>
              <link>https://example.org/ferry</link>
              <pubDate>Tue, 14 Mar 2023 09:15:00 GMT</pubDate>
              <author>desk@example.org (Desk)</author>
              <category>Transport</category><category>Local</category>
              <guid>https://example.org/ferry</guid>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>Ferries sailed again on Tuesday.</p><p>Operators &amp; unions agreed.</p><div class="share">Share</div>]]></content:encoded>
            </item>
            <item>
              <title>Market day moved</title>
              <dc:date>2023-03-15</dc:date>
              <dc:creator>A. Writer</dc:creator>
              <description>&lt;p&gt;The market moves to &lt;b&gt;Friday&lt;/b&gt;.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Photo only</title>
              <link>https://example.org/photo</link>
              <description>  </description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Example Atom</title>
          <entry>
            <title type="html">Bridge &amp;amp; road reopen</title>
            <link rel="self" href="https://example.org/self/1"/>
            <link rel="alternate" href="https://example.org/bridge"/>
            <id>tag:example.org,2024:1</id>
            <updated>2024-02-02T10:00:00Z</updated>
            <published>2024-02-01T10:00:00Z</published>
            <author><name>Desk Writer</name></author>
            <category term="Roads"/>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The bridge reopened.</p><p>Traffic flowed.</p></div></content>
          </entry>
          <entry>
            <title>Plain summary</title>
            <summary type="text">Text with a &lt; sign.</summary>
          </entry>
        </feed>
        """;

    private readonly FeedReader _reader = new();

    [Fact]
    public void Rss_gives_one_result_per_item_in_order()
    {
        var results = Reading.Read(_reader, Rss, "wire.rss");

        results.Select(r => r.Source).ShouldBe(["https://example.org/ferry", "wire.rss#2", "https://example.org/photo"]);
    }

    [Fact]
    public void Rss_item_content_is_read_as_html_with_metadata()
    {
        var document = Reading.Read(_reader, Rss)[0].ShouldBeOfType<DocumentRead>().Document;

        document.Title.ShouldBe("Ferry services resume");
        document.Published.ShouldBe(new DateOnly(2023, 3, 14));
        document.Text.ShouldBe("Ferries sailed again on Tuesday.\n\nOperators & unions agreed.");
        document.Metadata["author"].ShouldBe("desk@example.org (Desk)");
        document.Metadata["categories"].ShouldBe("Transport; Local");
        document.Metadata["guid"].ShouldBe("https://example.org/ferry");
    }

    [Fact]
    public void Rss_escaped_html_description_and_dublin_core_are_read()
    {
        var document = Reading.Read(_reader, Rss)[1].ShouldBeOfType<DocumentRead>().Document;

        document.Text.ShouldBe("The market moves to Friday.");
        document.Published.ShouldBe(new DateOnly(2023, 3, 15));
        document.Metadata["author"].ShouldBe("A. Writer");
    }

    [Fact]
    public void An_item_without_text_is_a_failure_of_that_item_only()
    {
        var results = Reading.Read(_reader, Rss);

        results[2].ShouldBeOfType<ReadFailure>().Reason.ShouldContain("no text");
        results.Take(2).ShouldAllBe(r => r is DocumentRead);
    }

    [Fact]
    public void Atom_entries_are_read_with_alternate_link_and_published_date()
    {
        var results = Reading.Read(_reader, Atom, "feed.atom");

        var first = results[0].ShouldBeOfType<DocumentRead>().Document;
        first.Source.ShouldBe("https://example.org/bridge");
        first.Title.ShouldBe("Bridge & road reopen");
        first.Published.ShouldBe(new DateOnly(2024, 2, 1));
        first.Text.ShouldBe("The bridge reopened.\n\nTraffic flowed.");
        first.Metadata["author"].ShouldBe("Desk Writer");
        first.Metadata["categories"].ShouldBe("Roads");
        first.Metadata["guid"].ShouldBe("tag:example.org,2024:1");
        var second = results[1].ShouldBeOfType<DocumentRead>().Document;
        second.Source.ShouldBe("feed.atom#2");
        second.Text.ShouldBe("Text with a < sign.");
    }

    [Fact]
    public void Rss_1_rdf_items_are_read()
    {
        var rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <channel rdf:about="https://example.org/"><title>RDF</title></channel>
              <item rdf:about="https://example.org/one"><title>One</title><link>https://example.org/one</link>
                <description>First item text.</description></item>
            </rdf:RDF>
            """;

        var document = Reading.Read(_reader, rdf).ShouldHaveSingleItem().ShouldBeOfType<DocumentRead>().Document;

        document.Source.ShouldBe("https://example.org/one");
        document.Text.ShouldBe("First item text.");
    }

    [Fact]
    public void A_billion_laughs_feed_is_refused_quickly()
    {
        var lol = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss><channel><item><description>&lol9;</description></item></channel></rss>
            """;
        var clock = Stopwatch.StartNew();

        var failure = Reading.Failure(_reader, lol, "lol.xml");

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        failure.Source.ShouldBe("lol.xml");
        failure.Reason.ShouldContain("DTD");
    }

    [Fact]
    public void Malformed_xml_is_one_failure_naming_line_and_position()
    {
        var failure = Reading.Failure(_reader, "<rss><channel>\n<item><title>x</item></channel></rss>", "bad.xml");

        failure.Source.ShouldBe("bad.xml");
        failure.Reason.ShouldContain("line 2, position");
    }

    [Theory]
    [InlineData("<rss><channel><title>Empty</title></channel></rss>", "no items")]
    [InlineData("<catalog><book>x</book></catalog>", "not an RSS or Atom feed")]
    public void Feeds_without_items_and_other_xml_are_failures(string xml, string reason) =>
        Reading.Failure(_reader, xml).Reason.ShouldContain(reason);

    [Fact]
    public void A_feed_over_the_limit_is_refused()
    {
        var limits = ReaderLimits.Default with { MaxDocumentBytes = 100 };

        Reading.Read(_reader, Rss, limits: limits).ShouldHaveSingleItem().ShouldBeOfType<ReadFailure>().Reason.ShouldContain("limit");
    }
}
