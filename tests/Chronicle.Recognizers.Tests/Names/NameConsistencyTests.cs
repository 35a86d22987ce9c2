using Chronicle.Recognizers.Names;

namespace Chronicle.Recognizers.Tests.Names;

public sealed class NameConsistencyTests(ModelFixture fixture) : IClassFixture<ModelFixture>
{
    private NameConsistency Pass => new(fixture.Model.Features.Lexicon);

    [Fact]
    public void A_titled_name_read_as_a_place_in_one_sentence_is_the_person_it_is_elsewhere()
    {
        const string text = "Lord Ashby spoke on Monday. Critics said Lord Ashby had erred. Lord Ashby denied it.";

        var found = Run(text, ("Lord Ashby", 0, NameClass.Per), ("Lord Ashby", 1, NameClass.Loc), ("Lord Ashby", 2, NameClass.Per));

        found.ShouldBe([("Lord Ashby", NameClass.Per), ("Lord Ashby", NameClass.Per), ("Lord Ashby", NameClass.Per)]);
    }

    [Fact]
    public void A_lone_surname_of_a_full_name_tagged_a_person_is_that_person()
    {
        const string text = "Peter Ashby spoke on Monday. Later Ashby said he had erred.";

        var found = Run(text, ("Peter Ashby", 0, NameClass.Per), ("Ashby", 0, NameClass.Loc));

        found.ShouldBe([("Peter Ashby", NameClass.Per), ("Ashby", NameClass.Per)]);
    }

    [Fact]
    public void A_seat_after_the_MP_for_is_a_place_even_when_read_as_a_person()
    {
        const string text = "The Labour MP for Hollowdene resigned on Monday.";

        Run(text, ("Hollowdene", 0, NameClass.Per)).ShouldBe([("Hollowdene", NameClass.Loc)]);
    }

    [Fact]
    public void A_mere_majority_without_evidence_changes_nothing()
    {
        // A city and its football club share a name: the tagger's second pass already weighed the other mentions.
        const string text = "Brightwater beat Oldham. Fans of Brightwater cheered. Brightwater is a port.";

        var found = Run(text, ("Brightwater", 0, NameClass.Org), ("Brightwater", 1, NameClass.Org), ("Brightwater", 2, NameClass.Loc));

        found.ShouldBe([("Brightwater", NameClass.Org), ("Brightwater", NameClass.Org), ("Brightwater", NameClass.Loc)]);
    }

    [Fact]
    public void A_possessive_after_in_is_no_evidence_of_a_place()
    {
        // Tokens as the tokenizer gives them: the possessive stands apart.
        const string text = "Trust in Ashworth 's plan fell. Voters in Ashworth 's seat agreed. Staff in Ashworth 's office left.";

        var found = Run(text, ("Ashworth", 0, NameClass.Per), ("Ashworth", 1, NameClass.Per), ("Ashworth", 2, NameClass.Loc));

        found.ShouldBe([("Ashworth", NameClass.Per), ("Ashworth", NameClass.Per), ("Ashworth", NameClass.Loc)]);
    }

    [Fact]
    public void A_sure_name_is_added_where_the_tagger_missed_it_mid_sentence_but_not_at_a_sentence_start()
    {
        const string text = "Analysts praised Kestrel Bank. Kestrel Bank fell. Rivals envied Kestrel Bank on Friday. Staff left Kestrel Bank.";

        var found = Run(text, ("Kestrel Bank", 0, NameClass.Org), ("Kestrel Bank", 2, NameClass.Org));

        found.ShouldBe([("Kestrel Bank", NameClass.Org), ("Kestrel Bank", NameClass.Org), ("Kestrel Bank", NameClass.Org)]);
        found.Count.ShouldBe(3);
    }

    [Fact]
    public void A_single_uncertain_tag_is_not_spread_over_the_article()
    {
        const string text = "Critics doubted Kestrel on Monday. Later that day Kestrel left.";

        Run(text, ("Kestrel", 0, NameClass.Loc)).ShouldBe([("Kestrel", NameClass.Loc)]);
    }

    [Fact]
    public void A_name_is_added_where_a_title_made_its_class_sure()
    {
        const string text = "Mrs Oakhurst spoke. Later that day Oakhurst left.";

        var found = Run(text, ("Oakhurst", 0, NameClass.Per));

        found.ShouldBe([("Oakhurst", NameClass.Per), ("Oakhurst", NameClass.Per)]);
    }

    [Fact]
    public void A_month_that_is_also_a_surname_is_not_added()
    {
        const string text = "Anne May spoke. Mrs May left. Voters go to the polls in May next year.";

        var found = Run(text, ("Anne May", 0, NameClass.Per), ("May", 1, NameClass.Per));

        found.ShouldBe([("Anne May", NameClass.Per), ("May", NameClass.Per)]);
    }

    [Fact]
    public void The_recognizer_gives_a_titled_name_one_type_in_the_article()
    {
        var found = fixture.Find("Lord Ashby met officials in Leeds on Monday. Lord Ashby said the plan would work.");

        found.Where(f => f.Text == "Lord Ashby").ShouldAllBe(f => f.Type == EntityType.Person);
    }

    // Runs the pass over the given first-pass names, each the n-th (0-based) occurrence of its words in the text.
    private List<(string Text, NameClass Class)> Run(string text, params (string Words, int Occurrence, NameClass Class)[] names)
    {
        var found = SimpleTokenizer.Tokenize(text);
        var tokens = found.Tokens.AsSpan();
        var spans = names.Select(n => Locate(text, found.Tokens, n.Words, n.Occurrence, n.Class)).OrderBy(s => s.First).ToList();
        var result = Pass.Apply(text, tokens, found.Sentences.AsSpan(), spans);
        return [.. result.Select(s => (text[found.Tokens[s.First].Span.Start..found.Tokens[s.First + s.Count - 1].Span.End], s.Class))];
    }

    private static NameSpan Locate(string text, IReadOnlyList<Token> tokens, string words, int occurrence, NameClass cls)
    {
        var parts = words.Split(' ');
        var seen = 0;
        for (var i = 0; i + parts.Length <= tokens.Count; i++)
        {
            var match = true;
            for (var j = 0; j < parts.Length && match; j++)
            {
                match = text[tokens[i + j].Span.Start..tokens[i + j].Span.End] == parts[j];
            }
            if (match && seen++ == occurrence)
            {
                return new NameSpan(i, parts.Length, cls);
            }
        }
        throw new InvalidOperationException($"no occurrence {occurrence} of {words}");
    }
}
