using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 20: sources and contents given a found cue. A verb cue with no source takes a determiner or determined
/// phrase before it; a participle after the main clause's verb shares its subject; a source after a preposition
/// widens over its determiner and a demonstrative's participle; a quotation resumed in lower case after the speaker's
/// description is one content with the part before it.
/// </summary>
public sealed class AttributionSourceSession20Tests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
{
    [Theory]
    [InlineData("While one agency says there are 300 hotels in Porto, another says there are about 250.", "another", "another")]
    [InlineData("The Republican incumbent said that her position was genuine.", "said", "The Republican incumbent")]
    [InlineData("Another ranking says the firm is worth less.", "says", "Another ranking")]
    public void A_determiner_or_a_determined_phrase_before_a_verb_cue_is_its_source(string text, string before, string expected)
    {
        var f = QuoteFacts.Of(text);
        var cue = f.At(before);
        while (!f.Q.Tag(cue).StartsWith("VB", StringComparison.Ordinal))
        {
            cue++;
        }

        var found = SourceShape.Determined(f, cue);

        found.ShouldNotBeNull();
        text[f.Q.Span(found.Value.First).Start..f.Q.Span(found.Value.End - 1).End].ShouldBe(expected);
    }

    [Theory]
    [InlineData("Officials in Porto said the plan will fail.", "said")]
    [InlineData("The port was closed and said nothing.", "said")]
    [InlineData("In the end the quiet said more than the speeches.", "said")]
    public void A_noun_a_clause_or_a_phrase_inside_the_clause_is_no_determined_source(string text, string cue)
    {
        var f = QuoteFacts.Of(text);

        SourceShape.Determined(f, f.At(cue)).ShouldBeNull();
    }

    [Fact]
    public void A_participle_after_the_main_clause_shares_its_subject()
    {
        var found = fixture.FindWithModel("The mayor is keeping a lid on the protests by touting her record in Porto.");

        found.ShouldContain(q => q.Cue == "touting" && q.Speaker == "The mayor");
    }

    [Theory]
    [InlineData("The mayor kept a lid on the protests by touting her record.", "touting", true)]
    [InlineData("Most of the senators said they would back him, while emphasizing it was no endorsement.", "emphasizing", true)]
    [InlineData("After suggesting a delay, the mayor left.", "suggesting", false)]
    [InlineData("Ana Ruiz told the mayor: \"You have made this worse by saying the port is unsafe.\"", "saying", false)]
    public void A_participle_after_the_main_clause_s_verb_and_outside_quotation_marks_shares_a_subject(string text, string cue, bool shares)
    {
        var f = QuoteFacts.Of(text);

        SharedSubject.Shares(f, f.At(cue)).ShouldBe(shares);
    }

    [Fact]
    public void A_source_after_a_demonstrative_and_its_participle_belongs_to_the_noun_before()
    {
        const string text = "Families of those affected by the floods urged the council to act.";
        var f = QuoteFacts.Of(text);
        var urged = f.At("urged");
        var quote = new Quote(new Speaker(f.Q.Span(f.At("the"), urged - 1), "speaker"), f.Q.Span(urged, urged), f.Q.Span(urged + 1, f.Count - 2), false, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        SourceExtent.Extend(f.Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe("Families of those affected by the floods");
    }

    [Fact]
    public void A_source_before_its_cue_takes_in_its_own_determiner()
    {
        const string text = "Other advisers to the island's government have urged a delay.";
        var f = QuoteFacts.Of(text);
        var have = f.At("have");
        var quote = new Quote(new Speaker(f.Q.Span(f.At("island"), have - 1), "speaker"), f.Q.Span(have, have + 1), f.Q.Span(have + 2, f.Count - 2), false, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        SourceExtent.Extend(f.Q, quotes);

        quotes[0].Speaker!.Span.Of(text).ShouldBe("Other advisers to the island's government");
    }

    [Fact]
    public void A_quotation_resumed_in_lower_case_after_a_described_speaker_is_one_content()
    {
        const string text = "\"We have had offices in Porto since April,\" said Ana Ruiz, the party's regional director, \"and we have been building ties that last.\"";

        var found = fixture.Find(text);

        found.ShouldHaveSingleItem().Content.ShouldBe(text);
    }

    [Fact]
    public void A_new_quotation_after_a_described_speaker_stays_apart()
    {
        const string text = "\"We have had offices in Porto since April,\" said Ana Ruiz, the party's regional director, \"The ties will last.\"";

        var found = fixture.Find(text);

        found.ShouldNotContain(q => q.Content == text);
    }
}
