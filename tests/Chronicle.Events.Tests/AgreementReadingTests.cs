namespace Chronicle.Events.Tests;

/// <summary>An agreement is between actors, to or on something; agreeing that something is so is an opinion.</summary>
public sealed class AgreementReadingTests
{
    [Theory]
    [InlineData("Town councillors agreed that there was nothing wrong with the new parking scheme.")]
    [InlineData("Critics of the minister seemed to agree on one thing: the plan was late.")]
    [InlineData("The two men agreed he was \"brilliant\" at his job.")]
    [InlineData("Mr Dawson agreed, but added that the party had to move faster.")]
    [InlineData("The senator said he accepted the minister's word on the matter.")]
    public void Agreeing_that_something_is_so_is_no_agreement(string text)
    {
        var run = Coded.Run(text);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Theory]
    [InlineData("Germany and France agreed to send more troops to the region.")]
    [InlineData("The two governments agreed on a deal to end the fishing dispute.")]
    [InlineData("Spain agreed with Morocco on new border controls.")]
    [InlineData("Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate on refugees.")]
    public void Agreeing_to_or_on_something_stays_an_agreement(string text)
    {
        var run = Coded.Run(text);
        run.Events.ShouldContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_deal_refused_in_advance_is_none()
    {
        var run = Coded.Run("He repeated his pledge not to do post-election deals with either party.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }
}
