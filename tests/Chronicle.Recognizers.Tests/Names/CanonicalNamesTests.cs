using Chronicle.Recognizers.Names;

namespace Chronicle.Recognizers.Tests.Names;

public sealed class CanonicalNamesTests
{
    private static string[] Assign(params (string Text, EntityType Type)[] names) =>
        CanonicalNames.Assign(names.Select(n => ((IReadOnlyList<string>)n.Text.Split(' '), n.Type)).ToList());

    [Fact]
    public void A_short_form_takes_the_longest_full_form()
    {
        Assign(("Karim Hashimi", EntityType.Person), ("Hashimi", EntityType.Person))
            .ShouldBe(["Karim Hashimi", "Karim Hashimi"]);
    }

    [Theory]
    [InlineData("Kuwait City", "Kuwait")]
    [InlineData("South Sudan", "Sudan")]
    [InlineData("New Mexico", "Mexico")]
    public void A_place_named_in_fewer_words_is_another_place(string longer, string shorter)
    {
        Assign((longer, EntityType.Gpe), (shorter, EntityType.Gpe)).ShouldBe([longer, shorter]);
    }

    [Fact]
    public void A_body_named_in_fewer_words_is_still_its_short_form()
    {
        Assign(("Texas Rangers Association", EntityType.Org), ("Rangers Association", EntityType.Org))
            .ShouldBe(["Texas Rangers Association", "Texas Rangers Association"]);
    }

    [Fact]
    public void An_editors_brackets_are_not_part_of_a_name()
    {
        Assign(("Karim ] Hashimi", EntityType.Person), ("Hashimi", EntityType.Person))
            .ShouldBe(["Karim Hashimi", "Karim Hashimi"]);
    }

    [Fact]
    public void Titles_are_dropped_from_the_canonical_form()
    {
        Assign(("President Karim Hashimi", EntityType.Person), ("Mr. Hashimi", EntityType.Person))
            .ShouldBe(["Karim Hashimi", "Karim Hashimi"]);
    }

    [Fact]
    public void Particles_are_ignored_when_matching_and_the_longer_spelling_wins()
    {
        Assign(("Karim Hashimi", EntityType.Person), ("Karim al-Hashimi", EntityType.Person), ("Hashimi", EntityType.Person))
            .ShouldAllBe(c => c == "Karim al-Hashimi");
    }

    [Fact]
    public void A_bare_surname_stays_with_the_first_person_the_article_names_in_full()
    {
        // `Senator Anna Weller ... her husband, Tomas Weller ... Weller said`: the relative brought in later does not take
        // the surname over.
        Assign(("Anna Weller", EntityType.Person), ("Tomas Weller", EntityType.Person), ("Weller", EntityType.Person))[2]
            .ShouldBe("Anna Weller");
    }

    [Fact]
    public void The_later_namesake_keeps_his_own_full_name()
    {
        Assign(("Anna Weller", EntityType.Person), ("Tomas Weller", EntityType.Person), ("Weller", EntityType.Person))[1]
            .ShouldBe("Tomas Weller");
    }

    [Fact]
    public void Names_of_different_types_do_not_merge()
    {
        Assign(("Jordan", EntityType.Gpe), ("Michael Jordan", EntityType.Person))[0].ShouldBe("Jordan");
    }
}
