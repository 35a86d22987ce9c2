using Chronicle.Ingest.Readers;

namespace Chronicle.Ingest.Tests;

public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Dockers strike over pay | Example Times</title>
          <script>var tracking = "do not read";</script>
          <style>p { color: red }</style>
        </head><body>
          <header><a href="/">Example Times</a> <nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
          <div class="cookie-banner">We use cookies. <button>Accept</button></div>
          <article>
            <h1>Dockers strike over pay</h1>
            <div class="share-tools"><a href="#">Share on a network</a> Share this</div>
            <p>Dock workers   stopped work on Monday,
               demanding &amp; expecting a raise.</p>
            <!-- a comment that is not text -->
            <h2>Talks planned</h2>
            <p>The port authority said talks would start <em>next week</em>.</p>
            <noscript>Enable scripts</noscript>
            <form><label>Email</label><input name="e"></form>
            <ul class="links"><li><a href="/a">Another story entirely</a></li><li><a href="/b">And one more story</a></li></ul>
          </article>
          <aside><p>Most read: a story about something else entirely, long enough to score.</p></aside>
          <footer><p>Copyright notice and addresses</p></footer>
        </body></html>
        """;

    private readonly HtmlReader _reader = new();

    [Fact]
    public void Only_the_article_text_is_kept_in_paragraphs()
    {
        var document = Reading.Single(_reader, Page, "page.html");

        document.Text.ShouldBe(
            "Dockers strike over pay\n\n"
            + "Dock workers stopped work on Monday, demanding & expecting a raise.\n\n"
            + "Talks planned\n\n"
            + "The port authority said talks would start next week.");
    }

    [Fact]
    public void Title_site_suffix_is_trimmed_when_the_rest_is_the_h1()
    {
        Reading.Single(_reader, Page).Title.ShouldBe("Dockers strike over pay");
    }

    [Fact]
    public void Title_keeps_its_suffix_when_the_rest_is_not_the_h1()
    {
        var html = "<html><head><title>Budget passes - City Desk</title></head><body><h1>Other heading</h1>"
            + "<p>The council passed the budget after a long debate on Tuesday.</p></body></html>";

        Reading.Single(_reader, html).Title.ShouldBe("Budget passes - City Desk");
    }

    [Fact]
    public void Og_title_wins_over_json_ld_and_title()
    {
        var html = """
            <html><head><meta property="og:title" content="From Open Graph">
            <script type="application/ld+json">{"headline":"From JSON-LD"}</script><title>From title</title></head>
            <body><article><p>Some article text that is long enough.</p></article></body></html>
            """;

        Reading.Single(_reader, html).Title.ShouldBe("From Open Graph");
    }

    [Fact]
    public void Json_ld_headline_and_date_are_read_inside_a_graph()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
              {"@type":"NewsArticle","headline":"Graph headline","datePublished":"2022-09-21T08:30:00+03:30"}]}
            </script></head><body><main><p>Text of the story in the main element.</p></main></body></html>
            """;

        var document = Reading.Single(_reader, html);

        document.Title.ShouldBe("Graph headline");
        document.Published.ShouldBe(new DateOnly(2022, 9, 21));
        document.Text.ShouldBe("Text of the story in the main element.");
    }

    [Fact]
    public void Broken_json_ld_is_ignored()
    {
        var html = """<html><head><script type="application/ld+json">{"headline": </script><title>T</title></head><body><p>Body text.</p></body></html>""";

        Reading.Single(_reader, html).Title.ShouldBe("T");
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2020-01-11T12:00:00Z">""")]
    [InlineData("""<meta name="date" content="2020-01-11">""")]
    [InlineData("""<meta name="pubdate" content="20200111">""")]
    [InlineData("""<meta name="DC.date.issued" content="2020-01-11">""")]
    [InlineData("""<script type="application/ld+json">{"datePublished":"2020-01-11"}</script>""")]
    public void Publication_date_is_read_from_each_meta_form(string head)
    {
        var html = $"<html><head>{head}</head><body><article><p>Story text here.</p></article></body></html>";

        Reading.Single(_reader, html).Published.ShouldBe(new DateOnly(2020, 1, 11));
    }

    [Fact]
    public void Publication_date_is_read_from_a_time_element_in_the_article()
    {
        var html = """<html><body><article><time datetime="2018-05-06T09:00:00+01:00">6 May</time><p>Story.</p></article></body></html>""";

        Reading.Single(_reader, html).Published.ShouldBe(new DateOnly(2018, 5, 6));
    }

    [Fact]
    public void Without_semantic_markup_the_densest_block_is_chosen()
    {
        var html = """
            <html><body>
              <div id="top"><a href="/1">Home</a> | <a href="/2">News</a> | <a href="/3">Contact us today</a></div>
              <div id="wrap">
                <div class="col"><ul><li><a href="/x">A link to some other page</a></li><li><a href="/y">Another link elsewhere</a></li></ul></div>
                <div class="content">
                  <p>The first paragraph of the story tells what happened, with enough words.</p>
                  <p>The second paragraph adds detail, and it also has plenty of words in it.</p>
                </div>
              </div>
              <div id="bottom">Small print.</div>
            </body></html>
            """;

        var document = Reading.Single(_reader, html);

        document.Text.ShouldBe(
            "The first paragraph of the story tells what happened, with enough words.\n\n"
            + "The second paragraph adds detail, and it also has plenty of words in it.");
    }

    [Fact]
    public void The_longest_of_several_articles_is_the_main_one()
    {
        var html = """
            <html><body><article><p>Teaser.</p></article>
            <article><p>The real story, which is longer than the teaser by far.</p></article></body></html>
            """;

        Reading.Single(_reader, html).Text.ShouldBe("The real story, which is longer than the teaser by far.");
    }

    [Theory]
    [InlineData("<html><head><title>Only a title</title></head><body></body></html>")]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>")]
    public void A_page_without_article_text_is_a_failure(string html) =>
        Reading.Failure(_reader, html, "p.html").Reason.ShouldBe("no article text found in the HTML");

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta charset='ISO-8859-1'>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")]
    public void A_page_in_a_declared_legacy_charset_is_decoded(string meta)
    {
        byte[] bytes = [.. System.Text.Encoding.ASCII.GetBytes($"<html><head>{meta}</head><body><p>Caf"), 0xE9, 0x20, 0x80, .. "5.</p></body></html>"u8];

        var document = Reading.Read(_reader, bytes).ShouldHaveSingleItem().ShouldBeOfType<DocumentRead>().Document;

        document.Text.ShouldBe("Café €5.");
    }

    [Fact]
    public void An_unknown_declared_charset_is_a_failure_naming_it()
    {
        byte[] bytes = [.. "<html><head><meta charset=\"x-klingon\"></head><body><p>caf"u8, 0xE9, .. "</p></body></html>"u8];

        Reading.Read(_reader, bytes).ShouldHaveSingleItem().ShouldBeOfType<ReadFailure>().Reason.ShouldContain("x-klingon");
    }

    [Fact]
    public void Undeclared_invalid_utf8_is_a_failure()
    {
        byte[] bytes = [.. "<html><body><p>caf"u8, 0xE9, .. "</p></body></html>"u8];

        Reading.Read(_reader, bytes).ShouldHaveSingleItem().ShouldBeOfType<ReadFailure>().Reason.ShouldContain("invalid UTF-8");
    }

    [Fact]
    public void A_declared_charset_other_than_utf8_is_fine_when_the_page_is_ascii()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Plain ASCII text.</p></body></html>";

        Reading.Single(_reader, html).Text.ShouldBe("Plain ASCII text.");
    }

    [Fact]
    public void Ten_thousand_nested_elements_do_not_overflow_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<p>Deep text.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";

        Reading.Single(_reader, html).Text.ShouldBe("Deep text.");
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("span")]
    public void A_hundred_thousand_nested_elements_are_read_quickly(string tag)
    {
        var html = "<html><body><p>Before.</p>" + string.Concat(Enumerable.Repeat($"<{tag}>", 100_000)) + "<p>Deep text.</p>"
            + string.Concat(Enumerable.Repeat($"</{tag}>", 100_000)) + "</body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var document = Reading.Single(_reader, html);

        document.Text.ShouldContain("Deep text.");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Unclosed_and_misnested_tags_are_read_leniently()
    {
        var html = "<html><body><article><p>One <b>bold <i>text</b> here</i><p>Two & three < four";

        Reading.Single(_reader, html).Text.ShouldBe("One bold text here\n\nTwo & three < four");
    }
}
