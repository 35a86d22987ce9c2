namespace Chronicle.Recognizers.Tests.Names;

public sealed class NameRecognizerTests(ModelFixture fixture) : IClassFixture<ModelFixture>
{
    [Fact]
    public void Finds_people_places_and_nationalities_in_a_news_sentence()
    {
        var found = fixture.Find("Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday to discuss trade.");

        found.ShouldContain(("Angela Merkel", EntityType.Person, "Angela Merkel"));
        found.ShouldContain(("Emmanuel Macron", EntityType.Person, "Emmanuel Macron"));
        found.ShouldContain(("Berlin", EntityType.Gpe, "Berlin"));
        found.ShouldContain(("French", EntityType.Norp, "French"));
    }

    [Fact]
    public void Finds_organisations()
    {
        var found = fixture.Find("The United Nations and the World Bank said on Monday that aid to the region would rise. Shares of Microsoft fell 3 percent.");

        found.ShouldContain(("United Nations", EntityType.Org, "United Nations"));
        found.ShouldContain(("World Bank", EntityType.Org, "World Bank"));
        found.ShouldContain(("Microsoft", EntityType.Org, "Microsoft"));
    }

    [Fact]
    public void A_surname_later_in_the_article_gets_the_full_name_as_canonical()
    {
        var found = fixture.Find("Prime Minister Justin Trudeau arrived in Ottawa. Trudeau told reporters he was pleased.");

        found.Where(f => f.Text == "Trudeau").ShouldAllBe(f => f.Canonical == "Justin Trudeau");
    }

    [Fact]
    public void An_arabic_family_name_after_its_particle_belongs_to_the_person()
    {
        var found = fixture.Find("Army chief Abdel Fattah al-Burhan met Ali al-Sistani on Monday. Later Burhan flew to Cairo.");

        found.ShouldContain(f => f.Text == "Abdel Fattah al-Burhan" && f.Type == EntityType.Person);
        found.ShouldContain(f => f.Text.EndsWith("Ali al-Sistani", StringComparison.Ordinal) && f.Type == EntityType.Person);
        found.ShouldNotContain(f => f.Text == "al-Burhan");
        found.ShouldContain(f => f.Text == "Burhan");
        found.Where(f => f.Text == "Burhan").ShouldAllBe(f => f.Canonical == "Abdel Fattah al-Burhan");
    }

    [Fact]
    public void A_quoted_nickname_joins_the_given_name_to_the_person()
    {
        var found = fixture.Find("Rap mogul Marion \"Suge\" Knight was arrested in Los Angeles. Knight denied the charge.");

        found.ShouldContain(f => f.Text == "Marion \"Suge\" Knight" && f.Type == EntityType.Person && f.Canonical == "Marion Knight");
        found.ShouldNotContain(f => f.Text == "Marion");
    }

    [Fact]
    public void A_country_is_a_gpe_and_a_continent_a_location()
    {
        var found = fixture.Find("Exports from Brazil to Europe rose sharply last year, officials in Brasilia said.");

        found.ShouldContain(("Brazil", EntityType.Gpe, "Brazil"));
        found.ShouldContain(("Europe", EntityType.Loc, "Europe"));
    }

    [Fact]
    public void A_parliamentary_title_alone_is_no_name()
    {
        var found = fixture.Find("MP robbed in park\n\nAn MP has had his passport stolen in a park in Kampala. The MP for Exeter was not hurt.");

        found.ShouldNotContain(f => f.Text == "MP");
        found.ShouldContain(f => f.Text == "Kampala");
    }

    [Fact]
    public void Empty_input_gives_no_names()
    {
        fixture.Find("").ShouldBeEmpty();
    }

    [Fact]
    public void A_long_article_is_tagged_in_windows_without_losing_names()
    {
        var text = string.Concat(Enumerable.Repeat("Officials in Berlin said the talks would go on. ", 5_000));

        var found = fixture.Find(text);

        found.Count(f => f.Text == "Berlin" && f.Type == EntityType.Gpe).ShouldBe(5_000);
    }

    [Fact]
    public void Tokens_without_sentences_are_read_as_one_sentence()
    {
        const string text = "Talks with Toyota Motor Corp ended";
        var tokens = SimpleTokenizer.Tokenize(text) with { Sentences = [] };

        var found = fixture.Recognizer.Run(new Document("t", null, null, text), tokens).Entities;

        found.Select(e => text[e.Span.Start..e.Span.End]).ShouldContain("Toyota Motor Corp");
    }

    [Fact]
    public void A_recased_verb_after_a_dotted_abbreviation_is_no_part_of_a_name()
    {
        const string text = "The U.S. Said Freedonians fired on a helicopter.";
        var tokens = SimpleTokenizer.Tokenize(text);
        string[] tags = ["DT", "NNP", "VBD", "NNPS", "VBD", "IN", "DT", "NN", "."];
        tokens.Tokens.Length.ShouldBe(tags.Length);
        var found = fixture.Recognizer.Run(new Document("test", null, null, text), tokens with { PosTags = [.. tags] });

        var names = found.Entities.Select(e => text[e.Span.Start..e.Span.End]).ToList();
        names.ShouldNotContain(n => n.Contains("Said", StringComparison.Ordinal));
        names.ShouldContain("U.S.");
    }
}
