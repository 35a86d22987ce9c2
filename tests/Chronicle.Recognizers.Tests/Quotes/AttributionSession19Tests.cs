using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 19: sources fitted to the annotators' extent (coordinated subjects, a clause's subject, a dash, the phrase
/// modifying a noun after its cue, a description after a bracket or a place, or cut at a quotation mark), and the
/// attributions whose cue is not a word of saying.
/// </summary>
public sealed class AttributionSession19Tests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
{
    [Theory]
    [InlineData("Forbes and Reuters say the harbour deal is off.", "Reuters", "say", "Forbes and Reuters")]
    [InlineData("Neither the mayor nor his rivals said the budget was fair.", "his rivals", "said", "Neither the mayor nor his rivals")]
    [InlineData("Farmers, grocers and bakers argued that the tariff was too high.", "bakers", "argued", "Farmers, grocers and bakers")]
    public void A_source_after_other_noun_phrases_it_is_coordinated_with_takes_them_in(string text, string source, string cue, string expected)
    {
        var quotes = new List<Quote> { Before(text, source, cue) };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The council passed the budget and the mayor said it was fair.", "the mayor", "said")]
    [InlineData("No ferry has sailed since March, and the islanders said they felt forgotten.", "the islanders", "said")]
    public void A_source_after_a_clause_joined_by_and_keeps_to_itself(string text, string source, string cue)
    {
        var quote = Before(text, source, cue);
        var quotes = new List<Quote> { quote };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe(source);
    }

    [Fact]
    public void A_relative_pronoun_source_ends_before_an_aside()
    {
        const string text = "The mayor thanked Ana Ruiz, who, on a call with reporters, criticized the tram contract.";
        var quotes = new List<Quote> { Before(text, "who, on a call with reporters,", "criticized") };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe("who");
    }

    [Fact]
    public void A_source_running_over_a_clause_of_its_own_is_that_clause_s_subject()
    {
        const string text = "In Leeds, Ana Ruiz stepped up her attacks on the council, saying the budget was unfair.";
        var quotes = new List<Quote> { Before(text, "Leeds, Ana Ruiz stepped up her attacks on the council,", "saying") };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe("Ana Ruiz");
    }

    [Theory]
    [InlineData("The tunnel is an old idea - engineers say it would cost too much.", "an old idea - engineers", "say", "engineers")]
    [InlineData("Mrs. Ruiz -- whose brother runs the port -- denied that the contract was rigged.", "Mrs. Ruiz -- whose brother", "denied", "Mrs. Ruiz")]
    public void A_source_running_over_a_dash_keeps_the_side_that_names_the_source(string text, string source, string cue, string expected)
    {
        var quotes = new List<Quote> { Before(text, source, cue) };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The port will close in June, according to two officials briefed on the plan.", "according to", "two officials", "two officials briefed on the plan")]
    [InlineData("\"The talks are over,\" said one official with knowledge of the negotiations.", "said", "one official", "one official with knowledge of the negotiations")]
    public void A_common_noun_after_its_cue_takes_in_the_phrase_modifying_it(string text, string cue, string source, string expected)
    {
        var quotes = new List<Quote> { After(text, cue, source) };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe(expected);
    }

    [Fact]
    public void A_name_after_its_cue_does_not_take_in_a_time_or_place_after_it()
    {
        const string text = "\"The talks are over,\" said Ana Ruiz on Tuesday.";
        var quote = After(text, "said", "Ana Ruiz");
        var quotes = new List<Quote> { quote };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe("Ana Ruiz");
    }

    [Theory]
    [InlineData("\"We will win,\" said Rep. Ana Ruiz (D-Tex.), a member of the budget committee.", "Rep. Ana Ruiz", "Rep. Ana Ruiz (D-Tex.), a member of the budget committee")]
    [InlineData("\"We will win,\" said Gov. Ana Ruiz of Texas, a former teacher.", "Gov. Ana Ruiz", "Gov. Ana Ruiz of Texas, a former teacher")]
    public void A_description_after_a_bracket_or_a_place_is_part_of_the_source(string text, string source, string expected)
    {
        var quotes = new List<Quote> { After(text, "said", source) };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe(expected);
    }

    [Fact]
    public void A_description_after_its_cue_ends_at_the_comma_before_a_quotation_mark()
    {
        const string text = "\"We are ready,\" said Ana Ruiz, the port's chief engineer, \"and the cranes are in place.\"";
        var quotes = new List<Quote> { After(text, "said", "Ana Ruiz") };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe("Ana Ruiz, the port's chief engineer");
    }

    [Fact]
    public void A_description_after_its_cue_ends_at_the_comma_before_another_cue()
    {
        const string text = "\"The count is close,\" said Ana Ruiz, a councillor from Leeds, adding that the result would take a week.";
        var adding = new Quote(
            new Speaker(Span(text, "Ana Ruiz"), "speaker"), Span(text, "adding"), Span(text, "that the result would take a week"), false, Stance.Asserts);
        var quotes = new List<Quote> { After(text, "said", "Ana Ruiz"), adding };

        SourceExtent.Extend(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe("Ana Ruiz, a councillor from Leeds");
    }

    [Fact]
    public void A_cue_that_is_not_a_word_of_saying_is_no_speech()
    {
        var remembered = fixture.FindWithModel("The late mayor will be remembered for the new harbour bridge and the tram line.").ShouldHaveSingleItem();

        remembered.Cue.ShouldBe("will be remembered for");
        remembered.Quote.Speech.ShouldBeFalse();
    }

    [Theory]
    [InlineData("The harbour master said the port would close in June.")]
    [InlineData("\"The port will close in June,\" the harbour master said.")]
    public void A_cue_of_saying_is_speech(string text)
    {
        fixture.FindWithModel(text).ShouldHaveSingleItem().Quote.Speech.ShouldBeTrue();
    }

    [Fact]
    public void A_described_name_before_its_cue_is_the_source_and_the_clause_after_the_content()
    {
        const string text = "Ana Ruiz, 63, an independent voter raised in Leeds, said she wanted a new mayor.";
        var quotes = new List<Quote> { new(null, Span(text, "said"), Span(text, "Ana Ruiz, 63, an independent voter raised in Leeds"), false, Stance.Asserts) };

        DescribedSource.Apply(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe("Ana Ruiz, 63, an independent voter raised in Leeds");
        quotes[0].Content.Of(text).ShouldBe("she wanted a new mayor");
    }

    [Fact]
    public void An_opening_participle_phrase_is_not_part_of_the_described_source()
    {
        const string text = "Speaking later on the same show, Ana Ruiz, who leads the council, said the tram would run by May.";
        var quotes = new List<Quote> { new(null, Span(text, "said"), Span(text, "Speaking later on the same show, Ana Ruiz, who leads the council"), false, Stance.Asserts) };

        DescribedSource.Apply(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe("Ana Ruiz, who leads the council");
        quotes[0].Content.Of(text).ShouldBe("the tram would run by May");
    }

    [Fact]
    public void A_clause_before_its_cue_stays_the_content()
    {
        const string text = "The port will close in June, the harbour master said on Tuesday.";
        var quote = new Quote(null, Span(text, "said"), Span(text, "The port will close in June"), false, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        DescribedSource.Apply(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    // A reported attribution: the source's words before the cue's, the content the rest of the sentence after the cue.
    private static Quote Before(string text, string source, string cue)
    {
        var cueSpan = Span(text, cue);
        return new Quote(
            new Speaker(Span(text, source), "speaker"), cueSpan, new TextSpan(cueSpan.End + 1, text.Length - 1), false, Stance.Asserts);
    }

    // An attribution whose source follows its cue; the content is everything before the cue.
    private static Quote After(string text, string cue, string source)
    {
        var cueSpan = Span(text, cue);
        return new Quote(
            new Speaker(new TextSpan(text.IndexOf(source, cueSpan.End, StringComparison.Ordinal), text.IndexOf(source, cueSpan.End, StringComparison.Ordinal) + source.Length), "speaker"),
            cueSpan, new TextSpan(0, text.IndexOf(cue, StringComparison.Ordinal) - 1), text.StartsWith('"'), Stance.Asserts);
    }

    private static TextSpan Span(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(start, start + words.Length);
    }
}
