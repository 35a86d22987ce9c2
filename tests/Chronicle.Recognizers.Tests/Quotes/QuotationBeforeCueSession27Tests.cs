namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 27: a quotation's order is read from its last punctuation before every closing mark, so a doubled
/// <c>''</c> mark or a nested quotation's own mark does not hide the full stop that ends it; a quotation that closed its
/// sentence is not the content of a cue in the next paragraph, whose sentence reports its own content.
/// </summary>
public sealed class QuotationBeforeCueSession27Tests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
{
    [Theory]
    [InlineData("''We will not leave the valley before the harvest.''\n\nThe minister said the army would stay in Braga until May.")]
    [InlineData("\"The mayor told us, 'We will rebuild the bridge before winter.'\"\n\nAna Costa said the bridge would open in Porto in May.")]
    [InlineData("“The council has to hear the farmers, 'Give us the water.'”\n\nThe governor said the dam would be finished in Faro next year.")]
    public void A_quotation_that_ended_its_sentence_is_not_the_next_paragraph_cue_s_content(string text)
    {
        var quotes = fixture.Find(text);
        // The quotation is left to a cue of its own (none here), not taken by the next paragraph's `said`.
        quotes.ShouldNotContain(q => q.Quote.Direct);
        quotes.ShouldHaveSingleItem().Content.ShouldStartWith("the ");
    }

    [Fact]
    public void A_doubled_mark_after_a_comma_still_takes_the_cue_after_it()
    {
        var q = fixture.Find("''We will rebuild the bridge before winter,'' Maria Lopez said on Tuesday.").ShouldHaveSingleItem();
        q.Cue.ShouldBe("said");
        q.Speaker.ShouldBe("Maria Lopez");
        q.Content.ShouldBe("''We will rebuild the bridge before winter,''");
    }

    [Fact]
    public void A_doubled_mark_after_a_full_stop_takes_the_cue_before_it()
    {
        var q = fixture.Find("Maria Lopez told reporters: ''The border will stay open for trade.''").ShouldHaveSingleItem();
        q.Cue.ShouldStartWith("told");
        q.Content.ShouldStartWith("''The border will stay open for trade");
    }

    [Fact]
    public void A_nested_quotation_s_mark_after_a_comma_still_takes_the_cue_after_it()
    {
        var q = fixture.Find("\"They kept shouting 'close the port,'\" Rui Silva said in Porto.").ShouldHaveSingleItem();
        q.Cue.ShouldBe("said");
        q.Content.ShouldBe("\"They kept shouting 'close the port,'\"");
    }
}
