namespace Chronicle.Events.Tests;

/// <summary>
/// Issue #7, session 26: opposition one faces is criticism of the one facing it, from those after `from`; talks held in an
/// adjunct of the clause (`in talks with`, `during talks with`) are the clause subject's.
/// </summary>
public sealed class MeetingsAndCriticsSession26Tests
{
    private static readonly DateOnly In2005 = new(2005, 3, 9);

    [Theory]
    [InlineData("The government is facing fierce opposition from Labour MPs over the housing bill.", "government", "MPs")]
    [InlineData("The chancellor faced strong opposition from farmers in Paris on Monday.", "chancellor", "farmers")]
    public void Opposition_faced_is_criticism_of_the_one_facing_it(string sentence, string target, string source)
    {
        var run = Coded.Run(sentence, In2005);
        var criticism = run.Single(PloverType.Accuse);
        criticism.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains(target, StringComparison.Ordinal));
        criticism.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains(source, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The opposition faced criticism from ministers in Rome.")]
    [InlineData("The opposition leader met the president in Berlin.")]
    [InlineData("Opposition to the war grew in Madrid.")]
    public void The_opposition_as_a_party_or_a_stance_is_no_criticism_of_its_own(string sentence)
    {
        var run = Coded.Run(sentence, In2005);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse
            && e.Trigger.Of(run.Text).StartsWith("opposition", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The French minister raised the issue during talks with Chinese officials in Beijing.", "French minister", "Chinese officials")]
    [InlineData("Kenyan officials said in talks with Somali leaders that the border would stay closed.", "Kenyan officials", "Somali leaders")]
    public void Talks_in_an_adjunct_of_the_clause_are_the_subjects(string sentence, string source, string target)
    {
        var run = Coded.Run(sentence, In2005);
        var talks = run.Single(PloverType.Consult);
        talks.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains(source, StringComparison.Ordinal));
        talks.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains(target, StringComparison.Ordinal));
    }
}
