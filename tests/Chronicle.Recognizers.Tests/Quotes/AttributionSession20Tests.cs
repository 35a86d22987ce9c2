using Chronicle.Recognizers.Quotes;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>
/// Session 20: a rules' cue verb takes in the preposition whose object is its content, as PolNeAR's annotators mark
/// it (CuePreposition), and leaves subordinators, adjuncts of place, time, occasion or agent and number modifiers out;
/// a participle cue carried by a verb and a noun of message takes them in, and the verb's subject is the source
/// (CueCarrier); a cue verb takes in its auxiliaries and negation (CueAuxiliary).
/// </summary>
public sealed class AttributionSession20Tests
{
    [Theory]
    [InlineData("The farmers' union called for a ban on imported beef.", "called", "called for", "a ban on imported beef")]
    [InlineData("Opposition leaders have warned against new taxes on fuel.", "have warned", "have warned against", "new taxes on fuel")]
    [InlineData("The mayor of Lyon joked about his own age.", "joked", "joked about", "his own age")]
    [InlineData("Teachers in Leeds worry about the size of their classes.", "worry", "worry about", "the size of their classes")]
    public void A_cue_takes_in_the_preposition_whose_object_is_its_content(string text, string cue, string expectedCue, string expectedContent)
    {
        var fitted = CuePreposition.Fit(QuoteFacts.Of(text).Q, After(text, cue, withPreposition: true));

        fitted.Cue.Of(text).ShouldBe(expectedCue);
        fitted.Content.Of(text).ShouldBe(expectedContent);
    }

    [Fact]
    public void A_content_that_begins_after_the_preposition_keeps_its_start()
    {
        const string text = "The farmers' union called for a ban on imported beef.";

        var fitted = CuePreposition.Fit(QuoteFacts.Of(text).Q, After(text, "called", withPreposition: false));

        fitted.Cue.Of(text).ShouldBe("called for");
        fitted.Content.Of(text).ShouldBe("a ban on imported beef");
    }

    [Theory]
    [InlineData("Ana Ruiz said in a statement the port would reopen.", "said")]
    [InlineData("Ana Ruiz wrote on her blog the port would reopen.", "wrote")]
    [InlineData("The plan was endorsed by the council in Porto.", "was endorsed")]
    [InlineData("The organisers said around eight hundred farmers would march.", "said")]
    [InlineData("The organisers expect up to 4,000 farmers in Cardiff.", "expect")]
    [InlineData("The minister asked whether the port would reopen.", "asked")]
    public void A_subordinator_an_adjunct_or_a_number_modifier_stays_out(string text, string cue)
    {
        var quote = After(text, cue, withPreposition: true);

        CuePreposition.Fit(QuoteFacts.Of(text).Q, quote).ShouldBe(quote);
    }

    [Fact]
    public void A_content_before_the_cue_is_left_as_it_is()
    {
        const string text = "The port will reopen, Ana Ruiz said of the plan.";
        var cue = Span(text, "said");
        var quote = new Quote(new Speaker(Span(text, "Ana Ruiz"), "speaker"), cue, Span(text, "The port will reopen"), false, Stance.Asserts);

        CuePreposition.Fit(QuoteFacts.Of(text).Q, quote).ShouldBe(quote);
    }

    [Theory]
    [InlineData("The Lisbon port authority issued a statement saying the port would reopen.", "issued a statement saying", "The Lisbon port authority")]
    [InlineData("The union quickly put out a statement saying the strike was over.", "quickly put out a statement saying", "The union")]
    [InlineData("Mayor Ana Ruiz sent an email to residents warning that the bridge would close.", "sent an email to residents warning", "Mayor Ana Ruiz")]
    public void A_participle_cue_takes_in_the_verb_and_message_that_carry_it(string text, string expectedCue, string expectedSource)
    {
        var quotes = new List<Quote> { Participle(text, speaker: "a statement") };

        CueCarrier.Widen(QuoteFacts.Of(text), quotes);

        quotes[0].Cue.Of(text).ShouldBe(expectedCue);
        quotes[0].Speaker.ShouldNotBeNull().Span.Of(text).ShouldBe(expectedSource);
    }

    [Theory]
    [InlineData("The union backed a plan saying the strike was over.")]
    [InlineData("Ana Ruiz left the hall, saying the strike was over.")]
    public void A_participle_without_a_carried_message_is_left_as_it_is(string text)
    {
        var quote = Participle(text, speaker: null);
        var quotes = new List<Quote> { quote };

        CueCarrier.Widen(QuoteFacts.Of(text), quotes);

        quotes[0].ShouldBe(quote);
    }

    [Theory]
    [InlineData("The nurses' union has been warning that wards in Leeds would close.", "warning", "has been warning")]
    [InlineData("The council in Porto have not said whether the bridge will reopen.", "said", "have not said")]
    [InlineData("The mayor of Lyon has already said the tram will run.", "said", "has already said")]
    public void A_cue_verb_takes_in_its_auxiliaries(string text, string cue, string expected)
    {
        var cueSpan = Span(text, cue);
        var quotes = new List<Quote> { new(null, cueSpan, new TextSpan(cueSpan.End + 1, text.Length - 1), false, Stance.Asserts) };

        CueAuxiliary.Widen(QuoteFacts.Of(text).Q, quotes);

        quotes[0].Cue.Of(text).ShouldBe(expected);
    }

    [Fact]
    public void Auxiliaries_inside_the_content_stay_out_of_the_cue()
    {
        const string text = "The port will reopen, the ministry in Lisbon said.";
        var quote = new Quote(null, Span(text, "said"), Span(text, "The port will reopen"), false, Stance.Asserts);
        var quotes = new List<Quote> { quote };

        CueAuxiliary.Widen(QuoteFacts.Of(text).Q, quotes);

        quotes[0].ShouldBe(quote);
    }

    // An attribution whose cue is the participle (`saying`, `warning`) and whose content runs from after it (or after
    // `that`) to the full stop; its source the given words or none.
    private static Quote Participle(string text, string? speaker)
    {
        var words = text.Split(' ');
        var participle = words.First(w => w.EndsWith("ing", StringComparison.Ordinal));
        var cue = Span(text, participle);
        var start = cue.End + 1;
        if (text[start..].StartsWith("that ", StringComparison.Ordinal))
        {
            start += 5;
        }
        var source = speaker is not null && text.Contains(speaker, StringComparison.Ordinal) ? new Speaker(Span(text, speaker), "speaker") : null;
        return new Quote(source, cue, new TextSpan(start, text.Length - 1), false, Stance.Asserts);
    }

    // A reported attribution whose content runs from after the cue (with the word after it or without) to the full stop.
    private static Quote After(string text, string cue, bool withPreposition)
    {
        var cueSpan = Span(text, cue);
        var start = cueSpan.End + 1;
        if (!withPreposition)
        {
            start = text.IndexOf(' ', start) + 1;
        }
        return new Quote(new Speaker(new TextSpan(0, cueSpan.Start - 1), "speaker"), cueSpan, new TextSpan(start, text.Length - 1), false, Stance.Asserts);
    }

    private static TextSpan Span(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(start, start + words.Length);
    }
}
