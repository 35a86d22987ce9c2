using Chronicle.Events.Coding;
using Chronicle.Testing;

namespace Chronicle.Events.Tests.Coding;

public sealed class MappingTablesTests
{
    // ACLED's event types and sub-event types as its codebook lists them, written here apart from the data file.
    private static readonly (string Type, string Sub)[] Codebook =
    [
        ("Battles", "Armed clash"), ("Battles", "Government regains territory"), ("Battles", "Non-state actor overtakes territory"),
        ("Explosions/Remote violence", "Chemical weapon"), ("Explosions/Remote violence", "Air/drone strike"),
        ("Explosions/Remote violence", "Suicide bomb"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Explosions/Remote violence", "Grenade"),
        ("Violence against civilians", "Sexual violence"), ("Violence against civilians", "Attack"),
        ("Violence against civilians", "Abduction/forced disappearance"), ("Protests", "Peaceful protest"),
        ("Protests", "Protest with intervention"), ("Protests", "Excessive force against protesters"),
        ("Riots", "Violent demonstration"), ("Riots", "Mob violence"), ("Strategic developments", "Agreement"),
        ("Strategic developments", "Arrests"), ("Strategic developments", "Change to group/activity"),
        ("Strategic developments", "Disrupted weapons use"), ("Strategic developments", "Headquarters or base established"),
        ("Strategic developments", "Looting/property destruction"), ("Strategic developments", "Non-violent transfer of territory"),
        ("Strategic developments", "Other"),
    ];

    private static readonly string[] Modes =
    [
        null!, "demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize", "abduct", "beat", "torture", "sexual", "targeted",
        "destroy", "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
        "unconventional", "arrest", "censor", "restrict", "seize", "curfew", "martial-law", "deport", "withhold", "phone", "visit",
        "multilateral", "third-party", "military", "economic", "humanitarian", "withdraw", "release", "ceasefire", "disarm", "access",
        "resign", "investigate", "disapprove", "allege", "convict", "expel", "discontinue", "troops", "police", "militia", "weapons",
    ];

    internal static EventCodeMappings Mappings { get; } = EventCodeMappings.Load(Path.Combine(RepositoryPaths.Root, "data", "mappings"));

    [Fact]
    public void Every_PLOVER_type_and_mode_has_a_two_digit_CAMEO_root()
    {
        foreach (var type in Enum.GetValues<PloverType>())
        {
            foreach (var mode in Modes)
            {
                var cameo = Mappings.Cameo(type, mode);
                cameo.ShouldMatch("^[0-2][0-9]$");
                int.Parse(cameo, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 20);
            }
        }
    }

    [Fact]
    public void Every_ACLED_pair_the_table_gives_is_in_ACLEDs_codebook()
    {
        var codebook = Codebook.Select(p => new AcledType(p.Type, p.Sub)).ToHashSet();
        Mappings.AcledTypes.ToHashSet().SetEquals(codebook).ShouldBeTrue("acled-types.tsv lists ACLED's codebook pairs");
        foreach (var type in Mappings.MappedAcledTypes)
        {
            codebook.ShouldContain(type);
            Mappings.DisorderType(type).ShouldNotBeNull();
        }

        foreach (var type in Enum.GetValues<PloverType>())
        {
            foreach (var mode in Modes)
            {
                if (Mappings.Acled(type, mode, "attacked") is { } acled)
                {
                    codebook.ShouldContain(acled);
                }
            }
        }
    }

    [Theory]
    [InlineData(PloverType.Consult, "visit", "met")]
    [InlineData(PloverType.Accuse, "disapprove", "condemned")]
    [InlineData(PloverType.Request, null, "urged")]
    [InlineData(PloverType.Protest, "boycott", "boycotted")]
    public void Events_ACLED_does_not_code_have_no_ACLED_type(PloverType type, string? mode, string trigger)
    {
        Mappings.Acled(type, mode, trigger).ShouldBeNull();
    }

    [Theory]
    [InlineData(PloverType.Protest, "demo", "marched", "Protests", "Peaceful protest")]
    [InlineData(PloverType.Protest, "riot", "rioted", "Riots", "Violent demonstration")]
    [InlineData(PloverType.Protest, "boycott", "went on strike", "Protests", "Peaceful protest")]
    [InlineData(PloverType.Assault, "aerial", "air strikes", "Explosions/Remote violence", "Air/drone strike")]
    [InlineData(PloverType.Assault, "explosives", "grenade attack", "Explosions/Remote violence", "Grenade")]
    [InlineData(PloverType.Assault, null, "shelled", "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData(PloverType.Assault, "abduct", "kidnapped", "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData(PloverType.Assault, "firearms", "opened fire", "Battles", "Armed clash")]
    [InlineData(PloverType.Coerce, "arrest", "detained", "Strategic developments", "Arrests")]
    [InlineData(PloverType.Retreat, "release", "freed", "Strategic developments", "Agreement")]
    [InlineData(PloverType.Agree, null, "signed", "Strategic developments", "Agreement")]
    public void Type_mode_and_trigger_give_ACLEDs_type(PloverType type, string? mode, string trigger, string acled, string sub)
    {
        Mappings.Acled(type, mode, trigger).ShouldBe(new AcledType(acled, sub));
    }

    [Theory]
    [InlineData(PloverType.Assault, "firearms", "19")]
    [InlineData(PloverType.Assault, "beat", "18")]
    [InlineData(PloverType.Assault, "unconventional", "20")]
    [InlineData(PloverType.Accuse, "investigate", "09")]
    [InlineData(PloverType.Accuse, "disapprove", "11")]
    [InlineData(PloverType.Retreat, "withdraw", "08")]
    [InlineData(PloverType.Protest, "demo", "14")]
    public void Modes_go_to_the_CAMEO_root_their_codes_come_from(PloverType type, string mode, string cameo)
    {
        Mappings.Cameo(type, mode).ShouldBe(cameo);
    }

    [Theory]
    [InlineData("anti-government protesters", 6)]
    [InlineData("riot police", 1)]
    [InlineData("security forces", 1)]
    [InlineData("rebels", 2)]
    [InlineData("villagers", 7)]
    public void Actor_names_give_ACLED_interaction_codes(string actor, int inter)
    {
        Mappings.Inter(actor).ShouldBe(inter);
    }

    [Fact]
    public void Countries_are_found_by_alpha_3_and_alpha_2()
    {
        var iran = Mappings.Countries.Find("IRN").ShouldNotBeNull();
        iran.Alpha2.ShouldBe("IR");
        iran.Numeric.ShouldBe("364");
        iran.Region.ShouldBe("Middle East");
        Mappings.Countries.Find("fr")!.Alpha3.ShouldBe("FRA");
        Mappings.Countries.Find("IGO").ShouldBeNull();
    }
}
