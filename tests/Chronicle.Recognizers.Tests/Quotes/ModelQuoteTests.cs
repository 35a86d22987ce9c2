namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class ModelQuoteTests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
{
    [Fact]
    public void Belief_cue_gets_its_subject_and_clause_without_the_full_stop()
    {
        var quotes = fixture.FindWithModel("The farmers' union believes the new tax would ruin small dairies.");
        var belief = quotes.ShouldHaveSingleItem();
        belief.Cue.ShouldBe("believes");
        belief.Speaker.ShouldNotBeNull().ShouldEndWith("union");
        belief.Content.ShouldBe("the new tax would ruin small dairies");
    }

    [Fact]
    public void According_to_takes_the_phrase_before_its_comma_as_source()
    {
        var quotes = fixture.FindWithModel("Prices rose sharply last winter. According to the statistics office, wages did not keep up.");
        var according = quotes.ShouldHaveSingleItem();
        according.Cue.ShouldBe("According to");
        according.Speaker.ShouldBe("the statistics office");
        according.Content.ShouldBe("wages did not keep up");
    }

    [Fact]
    public void Words_inside_quotation_marks_are_not_cues()
    {
        var quotes = fixture.FindWithModel("“We warned them and they laughed,” the mayor said.");
        quotes.ShouldHaveSingleItem().Cue.ShouldBe("said");
    }

    [Fact]
    public void A_cue_takes_in_the_words_annotators_take_into_it()
    {
        var quotes = fixture.FindWithModel("“The night crossings will resume in May,” the ferry company said in a statement.");
        var statement = quotes.ShouldHaveSingleItem();
        statement.Cue.ShouldBe("said in a statement");
        statement.Content.ShouldContain("The night crossings will resume in May");
    }

    [Fact]
    public void A_cue_leaves_out_the_adjunct_its_content_follows()
    {
        // Session 21 (CueAdjunct): the annotators leave an adjunct out when the reported content comes after it; session
        // 28 keeps a message (`in a statement`) in the cue.
        var quotes = fixture.FindWithModel("The ferry company said in Lisbon that the night crossings would resume in May.");
        var statement = quotes.ShouldHaveSingleItem();
        statement.Cue.ShouldBe("said");
        statement.Content.ShouldContain("the night crossings would resume in May");
    }

    [Fact]
    public void A_quote_goes_on_into_its_next_part_after_the_cue()
    {
        var quotes = fixture.FindWithModel("“The bridge is closed for now,” the harbour master said. “It will open again once the divers finish.”");
        var quote = quotes.ShouldHaveSingleItem();
        quote.Cue.ShouldBe("said");
        quote.Content.ShouldEndWith("once the divers finish.”");
    }

    [Fact]
    public void Reported_content_stops_before_a_verb_coordinated_with_its_cue()
    {
        var quotes = fixture.FindWithModel("The minister praised the harbour project and thanked the engineers for their work.");
        quotes.ShouldContain(q => q.Cue == "praised");
        quotes.First(q => q.Cue == "praised").Content.ShouldBe("the harbour project");
    }

    [Fact]
    public void A_source_after_its_cue_takes_in_its_description()
    {
        var quotes = fixture.FindWithModel("“We will reopen the pier by June,” said Ana Ruiz, a spokeswoman for the port authority.");
        var quote = quotes.ShouldHaveSingleItem();
        quote.Speaker.ShouldBe("Ana Ruiz, a spokeswoman for the port authority");
        quote.Canonical.ShouldBe("Ana Ruiz");
    }

    [Fact]
    public void A_source_between_the_parts_of_a_quote_takes_in_its_description()
    {
        var quotes = fixture.FindWithModel("“We will reopen the pier by June,” said Ana Ruiz, a spokeswoman for the port authority. “The cranes are already back.”");
        var quote = quotes.ShouldHaveSingleItem();
        quote.Speaker.ShouldBe("Ana Ruiz, a spokeswoman for the port authority");
        quote.Content.ShouldEndWith("already back.”");
    }

    [Fact]
    public void A_cue_takes_in_the_adjunct_after_its_verb_when_the_quotation_is_before_it()
    {
        var quotes = fixture.FindWithModel("“The ferry will sail on Monday,” the harbour master said in an email.");
        quotes.ShouldHaveSingleItem().Cue.ShouldBe("said in an email");
    }
}
