namespace Chronicle.Text.Tests;

public sealed class SentenceSplitterTests
{
    private static readonly TokenizerStage Stage = new();

    private static string[] Sentences(string text)
    {
        var found = Stage.Run(new Document("test", null, null, text), Annotations.Empty);
        return [.. found.Sentences.Select(s => s.Span.Of(text))];
    }

    [Fact]
    public void Sentences_end_at_terminal_punctuation()
    {
        Sentences("Crowds gathered. Police fired! Was anyone hurt? Nobody knows.")
            .ShouldBe(["Crowds gathered.", "Police fired!", "Was anyone hurt?", "Nobody knows."]);
    }

    [Fact]
    public void Titles_never_end_a_sentence() =>
        Sentences("He met Mr. Smith and Gen. Brown. They talked.").ShouldBe(["He met Mr. Smith and Gen. Brown.", "They talked."]);

    [Fact]
    public void Abbreviation_at_sentence_end_ends_it_before_a_clear_start() =>
        Sentences("Troops left the U.S. The talks failed.").ShouldBe(["Troops left the U.S.", "The talks failed."]);

    [Fact]
    public void Abbreviation_ending_the_text_keeps_its_period_in_the_last_sentence()
    {
        const string text = "Talks resumed. The envoy flew to the U.S.";
        Sentences(text).ShouldBe(["Talks resumed.", "The envoy flew to the U.S."]);
        Stage.Run(new Document("test", null, null, text), Annotations.Empty).Tokens[^1].Span.Of(text).ShouldBe("U.S.");
    }

    [Fact]
    public void Abbreviation_before_a_name_does_not_end_the_sentence() =>
        Sentences("The U.S. President spoke. Acme Corp. Chairman Bob left.").ShouldBe(["The U.S. President spoke.", "Acme Corp. Chairman Bob left."]);

    [Fact]
    public void Initials_do_not_end_a_sentence() =>
        Sentences("A book by J. R. R. Tolkien sold well. It was long.").ShouldBe(["A book by J. R. R. Tolkien sold well.", "It was long."]);

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_their_sentence()
    {
        Sentences("\u201CWe will stay.\u201D The crowd cheered. (It rained.) \"Go home!\" Then quiet.")
            .ShouldBe(["\u201CWe will stay.\u201D", "The crowd cheered.", "(It rained.)", "\"Go home!\"", "Then quiet."]);
    }

    [Fact]
    public void A_quoted_question_followed_by_a_lowercase_verb_is_one_sentence() =>
        Sentences("\u201CWhy now?\u201D he asked. She left.").ShouldBe(["\u201CWhy now?\u201D he asked.", "She left."]);

    [Fact]
    public void A_quote_spanning_sentences_splits_at_each_sentence() =>
        Sentences("She said: \u201CWe are afraid. They shoot at us.\u201D Nobody answered.")
            .ShouldBe(["She said: \u201CWe are afraid.", "They shoot at us.\u201D", "Nobody answered."]);

    [Fact]
    public void A_headline_without_punctuation_before_a_blank_line_is_its_own_sentence() =>
        Sentences("Protesters rally in the capital\n\nThousands marched on Sunday. Police watched.")
            .ShouldBe(["Protesters rally in the capital", "Thousands marched on Sunday.", "Police watched."]);

    [Fact]
    public void A_blank_line_always_ends_a_sentence() =>
        Sentences("He met Mr.\r\n\r\nSmith later").ShouldBe(["He met Mr.", "Smith later"]);

    [Fact]
    public void A_bulleted_list_item_is_a_sentence_of_its_own() =>
        Sentences("The plan includes: \n - Building new schools \n - Hiring 500 nurses in the north.")
            .ShouldBe(["The plan includes:", "- Building new schools", "- Hiring 500 nurses in the north."]);

    [Fact]
    public void A_bullet_after_a_run_of_spaces_starts_an_item() =>
        Sentences("Cutting fees   - Raising pay").ShouldBe(["Cutting fees", "- Raising pay"]);

    [Fact]
    public void A_dash_inside_a_line_does_not_split_the_sentence() =>
        Sentences("The plan - backed by the mayor - was approved on Monday.").ShouldBe(["The plan - backed by the mayor - was approved on Monday."]);

    [Fact]
    public void A_dash_opening_a_line_before_a_lowercase_word_does_not_split_the_sentence() =>
        Sentences("The plan was approved\n- after a long debate - on Monday.").ShouldBe(["The plan was approved\n- after a long debate - on Monday."]);

    [Fact]
    public void Text_without_final_punctuation_is_one_sentence() =>
        Sentences("no punctuation at all").ShouldBe(["no punctuation at all"]);

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n  ")]
    public void Empty_and_whitespace_only_text_has_no_sentences(string text) => Sentences(text).ShouldBeEmpty();

    [Fact]
    public void Sentences_cover_every_token_once_in_order()
    {
        const string text = "One. Two three? \"Four!\" Five...\n\nSix";
        var found = Stage.Run(new Document("test", null, null, text), Annotations.Empty);
        var next = 0;
        foreach (var sentence in found.Sentences)
        {
            sentence.FirstToken.ShouldBe(next);
            sentence.TokenCount.ShouldBeGreaterThan(0);
            next += sentence.TokenCount;
        }

        next.ShouldBe(found.Tokens.Length);
    }
}
