namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class QuoteRecognizerTests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
{
    [Fact]
    public void Direct_quote_with_the_cue_after()
    {
        var q = fixture.Find("“We will rebuild the bridge before winter,” Maria Lopez said on Tuesday.").ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Maria Lopez");
        q.Cue.ShouldBe("said");
        q.Content.ShouldBe("“We will rebuild the bridge before winter,”");
        q.Quote.Direct.ShouldBeTrue();
        q.Quote.Stance.ShouldBe(Stance.Asserts);
    }

    [Fact]
    public void Direct_quote_whose_speaker_has_a_long_apposition_before_the_cue()
    {
        const string text = "“The roads will stay closed until the weekend,” Westline, a Lyon-based transport union, wrote on Twitter.";
        var q = fixture.Find(text).ShouldHaveSingleItem();
        q.Speaker!.ShouldStartWith("Westline");
        q.Cue.ShouldStartWith("wrote");
        q.Content.ShouldBe("“The roads will stay closed until the weekend,”");
    }

    [Fact]
    public void Direct_quote_with_the_speaker_after_the_cue()
    {
        var q = fixture.Find("\"The talks have failed and nobody is surprised,\" said Peter Hansen, the mayor.").ShouldHaveSingleItem();
        q.Canonical.ShouldBe("Peter Hansen");
        q.Content.ShouldStartWith("\"The talks");
    }

    [Fact]
    public void Direct_quote_with_the_cue_before()
    {
        var q = fixture.Find("The minister, Anna Berg, told reporters: “The border will stay open for trade.”").ShouldHaveSingleItem();
        q.Canonical.ShouldBe("Anna Berg");
        q.Content.ShouldBe("“The border will stay open for trade.”");
    }

    [Fact]
    public void A_quote_split_by_its_cue_is_one_content()
    {
        const string text = "“The water is rising fast,” said Tom Reed. “We are moving families to the school tonight. More buses are coming.”";
        var q = fixture.Find(text).ShouldHaveSingleItem();
        q.Canonical.ShouldBe("Tom Reed");
        q.Content.ShouldStartWith("“The water");
        q.Content.ShouldEndWith("More buses are coming.”");
    }

    [Fact]
    public void Indirect_quote_with_that()
    {
        var q = fixture.Find("Governor Elena Ruiz said that the new budget would cut school funding.").ShouldHaveSingleItem();
        q.Canonical.ShouldBe("Elena Ruiz");
        q.Content.ShouldBe("that the new budget would cut school funding");
        q.Quote.Direct.ShouldBeFalse();
    }

    [Fact]
    public void Indirect_quote_without_that()
    {
        var q = fixture.Find("Senator James Cole said the alliance has created a new source of tension.").ShouldHaveSingleItem();
        q.Canonical.ShouldBe("James Cole");
        q.Content.ShouldBe("the alliance has created a new source of tension");
    }

    [Fact]
    public void Clause_then_speaker_and_cue()
    {
        var q = fixture.Find("The factory will close in March, a company spokesman said.").ShouldHaveSingleItem();
        q.Speaker.ShouldBe("a company spokesman");
        q.Content.ShouldBe("The factory will close in March");
    }

    [Fact]
    public void According_to()
    {
        var q = fixture.Find("At least twelve people were arrested overnight, according to a local rights monitor.").ShouldHaveSingleItem();
        q.Cue.ShouldBe("according to");
        q.Speaker.ShouldBe("a local rights monitor");
        q.Content.ShouldBe("At least twelve people were arrested overnight");
    }

    [Fact]
    public void A_pronoun_speaker_is_the_nearest_person_named_before()
    {
        const string text = "Sarah Mitchell leads the nurses' union. She said the strike would continue until Friday.";
        var q = fixture.Find(text).ShouldHaveSingleItem();
        q.Speaker.ShouldBe("She");
        q.Canonical.ShouldBe("Sarah Mitchell");
    }

    [Fact]
    public void An_organisation_with_an_apposition()
    {
        const string text = "Nordwatch, an Oslo-based group, said police had beaten students outside the court.";
        var q = fixture.Find(text).ShouldHaveSingleItem();
        q.Canonical.ShouldBe("Nordwatch");
        q.Content.ShouldBe("police had beaten students outside the court");
    }

    [Fact]
    public void A_denial_has_the_denies_stance()
    {
        var q = fixture.Find("The ministry denied that its troops had crossed the river.").ShouldHaveSingleItem();
        q.Quote.Stance.ShouldBe(Stance.Denies);
        q.Speaker.ShouldBe("The ministry");
    }

    [Fact]
    public void An_accusation_alleges()
    {
        var q = fixture.Find("Opposition leader Mark Evans claimed the vote count had been rigged.").ShouldHaveSingleItem();
        q.Quote.Stance.ShouldBe(Stance.Alleges);
    }

    [Fact]
    public void The_medium_is_read_from_the_sentence()
    {
        var q = fixture.Find("President Laura Kim wrote on Twitter that the agreement was a historic step.").ShouldHaveSingleItem();
        q.Quote.Medium.ShouldBe("Twitter");
        q.Content.ShouldBe("that the agreement was a historic step");
    }

    [Fact]
    public void Scare_quotes_are_not_speech()
    {
        fixture.Find("The so-called “peace plan” was published on Monday.").ShouldBeEmpty();
    }

    [Fact]
    public void A_quote_left_open_runs_to_the_end_of_its_paragraph()
    {
        const string text = "Mary Stone explained: “The harvest failed twice. Prices doubled within a month.\n\nThe council met again on Monday.";
        var q = fixture.Find(text).ShouldHaveSingleItem();
        q.Canonical.ShouldBe("Mary Stone");
        q.Content.ShouldBe("“The harvest failed twice. Prices doubled within a month.");
    }

    [Fact]
    public void Doubled_apostrophes_are_quotation_marks()
    {
        var q = fixture.Find("''The plan will not survive the winter,'' said Robert Lang, a budget analyst.").ShouldHaveSingleItem();
        q.Canonical.ShouldBe("Robert Lang");
        q.Content.ShouldBe("''The plan will not survive the winter,''");
    }

    [Fact]
    public void Content_runs_round_a_parenthetical_cue()
    {
        var q = fixture.Find("The average weekly benefit, the report says, would rise to $300 next year.").ShouldHaveSingleItem();
        q.Speaker.ShouldBe("the report");
        q.Content.ShouldBe("The average weekly benefit, the report says, would rise to $300 next year");
    }

    [Fact]
    public void A_transcript_line_attributes_its_paragraph()
    {
        var found = fixture.Find("HOST: Will the senator attend the debate tomorrow?\n\nDAVIS: She will be there, and she will win it.");
        found.Count.ShouldBe(2);
        found[1].Speaker.ShouldBe("DAVIS");
        found[1].Cue.ShouldBe(":");
        found[1].Content.ShouldBe("She will be there, and she will win it");
    }
}
