namespace Chronicle.Events.Tests;

public sealed class VerbalEventTests
{
    [Theory]
    [InlineData("The opposition leader attacked the government's plan to raise fuel taxes.")]
    [InlineData("Senior backbenchers attacked the minister over his remarks about pensions.")]
    public void An_attack_on_a_plan_or_remarks_is_not_an_assault(string text) =>
        Coded.Run(text).Events.ShouldNotContain(e => e.Type == PloverType.Assault);

    [Fact]
    public void An_attack_on_a_place_stays_an_assault() =>
        Coded.Run("Rebels attacked an army base near Goma on Friday.").Events.ShouldContain(e => e.Type == PloverType.Assault);

    [Fact]
    public void A_need_is_not_a_request() =>
        Coded.Run("The regional hospital needs more doctors, the health minister said on Monday.").Events
            .ShouldNotContain(e => e.Type == PloverType.Request);

    [Fact]
    public void Meeting_demands_is_not_a_meeting() =>
        Coded.Run("The carmaker said it had already met many of the union's demands.").Events
            .ShouldNotContain(e => e.Type == PloverType.Consult);

    [Fact]
    public void Telephone_ringing_is_not_an_assault() =>
        Coded.Run("Mr Okafor rang his daughter as soon as the letter arrived.").Events
            .ShouldNotContain(e => e.Type == PloverType.Assault);

    [Fact]
    public void Shooting_a_thing_is_not_an_assault() =>
        Coded.Run("At the launch the minister shot basketball hoops with pupils from a local school.").Events
            .ShouldNotContain(e => e.Type == PloverType.Assault);

    [Fact]
    public void Shooting_people_stays_an_assault() =>
        Coded.Run("Gunmen shot two police officers in Kano on Sunday.").Events.ShouldContain(e => e.Type == PloverType.Assault);
}
