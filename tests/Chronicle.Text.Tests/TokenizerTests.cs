namespace Chronicle.Text.Tests;

public sealed class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new();

    private static string[] Surface(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Span.Of(text))];

    [Theory]
    [InlineData("The U.S. Army", "The|U.S.|Army")]
    [InlineData("Mr. Smith met Dr. Jones and Gen. Lee on Jan. 5.", "Mr.|Smith|met|Dr.|Jones|and|Gen.|Lee|on|Jan.|5|.")]
    [InlineData("Acme Corp. and Foo Inc. sued St. Mary's.", "Acme|Corp.|and|Foo|Inc.|sued|St.|Mary|'s|.")]
    [InlineData("J. R. R. Tolkien wrote it.", "J.|R.|R.|Tolkien|wrote|it|.")]
    [InlineData("It was 9 a.m. on Monday, e.g. today.", "It|was|9|a.m.|on|Monday|,|e.g.|today|.")]
    public void Abbreviations_and_initials_keep_their_period(string text, string expected) =>
        string.Join('|', Surface(text)).ShouldBe(expected);

    [Theory]
    [InlineData("About 1,500 people and 2.5 million sheep.", "About|1,500|people|and|2.5|million|sheep|.")]
    [InlineData("Prices rose 5% to $1,200.50 or £30.", "Prices|rose|5|%|to|$|1,200.50|or|£|30|.")]
    [InlineData("On 1996-08-22 at 10:30 in the 1990s, the 5-year-old won 3-1.", "On|1996-08-22|at|10:30|in|the|1990s|,|the|5-year-old|won|3-1|.")]
    public void Numbers_stay_whole_and_symbols_split(string text, string expected) =>
        string.Join('|', Surface(text)).ShouldBe(expected);

    [Theory]
    [InlineData("Putin's plan", "Putin|'s|plan")]
    [InlineData("Putin\u2019s plan", "Putin|\u2019s|plan")]
    [InlineData("He doesn't know", "He|does|n't|know")]
    [InlineData("They can\u2019t and won't", "They|ca|n\u2019t|and|wo|n't")]
    [InlineData("We're sure they'll go, I'm told", "We|'re|sure|they|'ll|go|,|I|'m|told")]
    [InlineData("O'Brien's friends' car", "O'Brien|'s|friends|'|car")]
    public void Clitics_split_in_treebank_style(string text, string expected) =>
        string.Join('|', Surface(text)).ShouldBe(expected);

    [Theory]
    [InlineData("an anti-hijab rent-a-mob", "an|anti-hijab|rent-a-mob")]
    [InlineData("war\u2014again \u2013 and -- then", "war|\u2014|again|\u2013|and|--|then")]
    [InlineData("Wait... what\u2026", "Wait|...|what|\u2026")]
    [InlineData("a Paris-based charity and a UN-backed, Al-Qaeda-linked cell", "a|Paris|-|based|charity|and|a|UN|-|backed|,|Al-Qaeda|-|linked|cell")]
    [InlineData("home-made, Paris-basedness and Paris-ledger", "home-made|,|Paris-basedness|and|Paris-ledger")]
    public void Hyphens_dashes_and_ellipses(string text, string expected) =>
        string.Join('|', Surface(text)).ShouldBe(expected);

    [Theory]
    [InlineData("\u201CNo,\u201D she said (twice) [sic] \"yes\" 'ok'", "\u201C|No|,|\u201D|she|said|(|twice|)|[|sic|]|\"|yes|\"|'|ok|'")]
    [InlineData("He said ``hi'' then", "He|said|``|hi|''|then")]
    public void Quotes_and_brackets_are_separate_tokens(string text, string expected) =>
        string.Join('|', Surface(text)).ShouldBe(expected);

    [Theory]
    [InlineData("See https://example.org/a_b?x=1. Then", "See|https://example.org/a_b?x=1|.|Then")]
    [InlineData("Visit www.example.com, or (http://x.org/wiki/A_(b)) now", "Visit|www.example.com|,|or|(|http://x.org/wiki/A_(b)|)|now")]
    [InlineData("Mail press@example.co.uk today.", "Mail|press@example.co.uk|today|.")]
    [InlineData("@Reuters tweeted #IranProtests and @user_1.", "@Reuters|tweeted|#IranProtests|and|@user_1|.")]
    public void Web_addresses_handles_and_hashtags_are_one_token(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        string.Join('|', tokens.Select(t => t.Span.Of(text))).ShouldBe(expected);
        tokens.Count(t => t.Kind == TokenKind.Web).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Token_kinds_say_what_the_token_is_made_of()
    {
        var kinds = Tokenizer.Tokenize("Police held 40 people, www.x.org").Select(t => t.Kind);
        kinds.ShouldBe([TokenKind.Word, TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation, TokenKind.Web]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  \r\n ")]
    public void Empty_and_whitespace_only_text_has_no_tokens(string text) =>
        Tokenizer.Tokenize(text).ShouldBeEmpty();

    [Fact]
    public void Offsets_slice_to_the_token_text()
    {
        const string text = "  Iran\u2019s \u201Cprotest\u201D, 2.5%.";
        var tokens = Tokenizer.Tokenize(text);
        tokens[0].Span.ShouldBe(new TextSpan(2, 6));
        string.Concat(tokens.Select(t => t.Span.Of(text))).ShouldBe(text.Replace(" ", "", StringComparison.Ordinal));
    }
}
