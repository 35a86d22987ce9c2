using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 22: sources given a found cue. A source found inside the subject that opens the clause, short of its end, takes
/// in the whole subject (not over a name's relative clause); a participle opening the sentence's adverbial phrase
/// takes the main clause's subject after the comma; a verb cue with no source takes the subject before its
/// auxiliaries; a participle sharing the main clause's subject takes it over that clause's object; a dateline taken
/// for the source gives way to the subject after its dash.
/// </summary>
public sealed class SourcesSession22Tests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
{
    // One quote whose speaker is the words `from` to `to` (first occurrences, by characters) and whose cue is the token
    // at `cue`, widened by SourceExtent: the speaker's words after.
    private static string Widened(string text, string from, string to, string cue)
    {
        var f = QuoteFacts.Of(text);
        var c = f.Q.TokenAt(text.IndexOf(cue, StringComparison.Ordinal));
        var fromAt = text.IndexOf(from, StringComparison.Ordinal);
        var (first, end) = f.Q.TokensOf(fromAt, text.IndexOf(to, fromAt, StringComparison.Ordinal) + to.Length);
        var last = end - 1;
        var quote = new Quote(new Speaker(f.Q.Span(first, last), "speaker"), f.Q.Span(c, c), f.Q.Span(c + 1, f.Count - 2), false, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        SourceExtent.Extend(f.Q, quotes);

        return quotes[0].Speaker!.Span.Of(text);
    }

    [Theory]
    [InlineData("Yet some farmers who have sold land near Braga, in Porto or in Lisbon, said the price was low.", "Braga", "Braga", "said",
        "some farmers who have sold land near Braga, in Porto or in Lisbon")]
    [InlineData("Ana Ruiz, a farmer who sold her land to the port authority in Braga, said the price was low.", "the", "authority", "said",
        "Ana Ruiz, a farmer who sold her land to the port authority in Braga")]
    [InlineData("Pedro Costa, a Lisbon, Portugal, lawyer working for the growers, said the deal was fair.", "Portugal", "Portugal", "said",
        "Pedro Costa, a Lisbon, Portugal, lawyer working for the growers")]
    public void A_source_inside_the_opening_subject_takes_in_the_whole_subject(string text, string from, string to, string cue, string expected)
    {
        Widened(text, from, to, cue).ShouldBe(expected);
    }

    // Session 23 (SourcesSession23Tests): a noun inside the name's relative clause gives way to the name.
    [Fact]
    public void A_name_s_relative_clause_after_its_comma_is_not_taken_in()
    {
        Widened("Ana Ruiz, who lost her farm near Braga, Portugal, in 2019, said the plan was unfair.", "Portugal", "Portugal", "said")
            .ShouldBe("Ana Ruiz");
    }

    [Theory]
    [InlineData("Yesterday, Ana Ruiz of the port authority said the plan was unfair.", "Ana", "Ruiz", "said", "Ana Ruiz")]
    [InlineData("In an interview in Porto, Ana Ruiz of the port authority said the plan was unfair.", "Ana", "Ruiz", "said", "Ana Ruiz")]
    [InlineData("The port closed in May, and Ana Ruiz of the port authority said the plan was unfair.", "Ana", "Ruiz", "said", "Ana Ruiz")]
    public void A_time_a_preposition_or_a_clause_before_the_source_opens_no_wider_subject(string text, string from, string to, string cue, string expected)
    {
        Widened(text, from, to, cue).ShouldBe(expected);
    }

    [Theory]
    [InlineData("After visiting the port on Monday, the mayor said the plan would fail.", "visiting", "the mayor")]
    [InlineData("Instead of naming the minister, Ana Ruiz only hinted at a deal.", "naming", "Ana Ruiz")]
    [InlineData("While praising the plan, she warned that it would cost too much.", "praising", "she")]
    public void A_participle_opening_the_sentence_takes_the_main_clause_s_subject(string text, string cue, string expected)
    {
        var f = QuoteFacts.Of(text);

        var found = SharedSubject.Following(f, f.At(cue));

        found.ShouldNotBeNull();
        text[f.Q.Span(found.Value.First).Start..f.Q.Span(found.Value.End - 1).End].ShouldBe(expected);
    }

    [Theory]
    [InlineData("The mayor left early after visiting the port, and the council met.", "visiting")]
    [InlineData("\"After visiting the port, I knew it,\" Ana Ruiz said.", "visiting")]
    public void A_participle_after_the_main_verb_or_in_a_quotation_takes_no_following_subject(string text, string cue)
    {
        var f = QuoteFacts.Of(text);

        SharedSubject.Following(f, f.At(cue)).ShouldBeNull();
    }

    [Theory]
    [InlineData("Porto has been warning that it is running out of money.", "warning", "Porto")]
    [InlineData("Ana Ruiz has previously called the plan a mistake.", "called", "Ana Ruiz")]
    public void A_verb_cue_with_no_source_takes_the_subject_before_its_auxiliaries(string text, string cue, string expected)
    {
        var f = QuoteFacts.Of(text);

        var found = SourceShape.BeforeAuxiliaries(f, f.At(cue));

        found.ShouldNotBeNull();
        text[f.Q.Span(found.Value.First).Start..f.Q.Span(found.Value.End - 1).End].ShouldBe(expected);
    }

    [Fact]
    public void A_verb_cue_right_after_its_subject_is_left_to_the_tagger()
    {
        var f = QuoteFacts.Of("Ana Ruiz called the plan a mistake.");

        SourceShape.BeforeAuxiliaries(f, f.At("called")).ShouldBeNull();
    }

    [Fact]
    public void A_dateline_taken_for_the_source_gives_way_to_the_subject_after_its_dash()
    {
        Widened("LISBON -- The ministry said on Monday that the port would close.", "LISBON", "LISBON", "said").ShouldBe("The ministry");
    }

    [Fact]
    public void A_participle_after_the_main_clause_takes_its_subject_over_its_object()
    {
        var found = fixture.FindWithModel("Ana Ruiz thanked the governor at a rally in Porto, calling him a friend of the city.");

        found.ShouldContain(q => q.Cue.StartsWith("calling", StringComparison.Ordinal) && q.Speaker == "Ana Ruiz", string.Join("; ", found.Select(q => q.Speaker + " | " + q.Cue)));
    }
}
