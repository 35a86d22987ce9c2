using System.Collections.Immutable;
using Chronicle.Evaluation.Events;

namespace Chronicle.Evaluation.Tests.Events;

public sealed class PloverScorerTests
{
    private const string Text = "The minister of Ruritania met envoys of Freedonia.";

    [Fact]
    public void A_record_is_right_when_an_event_of_its_type_is_coded_and_others_count_against_precision()
    {
        var scorer = new PloverScorer();
        scorer.Add(Record(PloverType.Consult, ["RU"], ["FR"]), [Event(PloverType.Consult, "RU", "FR"), Event(PloverType.Agree, "RU", null)], Text);
        scorer.Add(Record(PloverType.Accuse, ["RU"], []), [Event(PloverType.Request, "RU", null)], Text);
        scorer.Add(Record(PloverType.Protest, [], []), [], Text);

        scorer.Records.ShouldBe(3);
        scorer.TypeRight.ShouldBe(1);
        var (precision, recall, _) = scorer.Micro;
        precision.ShouldBe(1.0 / 3, 1e-9);
        recall.ShouldBe(1.0 / 3, 1e-9);
        scorer.Of(PloverType.Consult).F1.ShouldBe(1);
    }

    [Fact]
    public void Countries_are_compared_on_the_event_of_the_gold_type()
    {
        var scorer = new PloverScorer();
        scorer.Add(Record(PloverType.Consult, ["RU"], ["FR"]), [Event(PloverType.Agree, "RU", "FR"), Event(PloverType.Consult, "RU", "DE")], Text);
        scorer.Add(Record(PloverType.Consult, ["RU", "US"], ["FR"]), [Event(PloverType.Consult, "US", "FR")], Text);

        scorer.Source.ShouldBe((2, 2));
        scorer.Target.ShouldBe((1, 2));
        scorer.CountriesGivenType.ShouldBe((3, 4));
    }

    [Fact]
    public void The_printout_lists_misses_the_renamed_type_and_a_confusion_table()
    {
        var scorer = new PloverScorer();
        scorer.Add(Record(PloverType.Request, ["RU"], [], gold: "DEMAND"), [Event(PloverType.Threaten, "RU", null)], Text);
        var output = new StringWriter();

        scorer.Print(output, verbose: true);

        var printed = output.ToString();
        printed.ShouldContain("miss type    R1 REQUEST (gold DEMAND) coded [THREATEN 'met']");
        printed.ShouldContain("event type accuracy        0/1");
        printed.ShouldContain("REQUEST         .    .    .    .    .    .    .    .    .    .    1");
    }

    [Fact]
    public void Gold_records_are_read_without_DOCUMENT_records_and_with_old_names_mapped()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            [{"id": "D", "event": "DOCUMENT", "eventText": "notes"},
             {"id": "R1", "event": "DEMAND", "date": "2001-02-03", "text": "Ruritania demanded talks.",
              "source": [{"actorText": "Ruritania", "code": "RUR"}, {"actorText": "UN", "code": "IGO"}], "target": ""},
             {"id": "R2", "event": "FIGHT", "date": "2001-02-04", "text": "Troops clashed.", "source": [{"code": "JAP"}], "target": [{"code": "RUR"}]}]
            """);
        try
        {
            var records = PloverRecord.Read(path, code => code switch { "RUR" => "RU", "JPN" => "JP", _ => null });

            records.Count.ShouldBe(2);
            records[0].Type.ShouldBe(PloverType.Request);
            records[0].GoldName.ShouldBe("DEMAND");
            records[0].Date.ShouldBe(new DateOnly(2001, 2, 3));
            records[0].SourceCountries.ShouldBe(["RU"]);
            records[0].TargetCountries.ShouldBeEmpty();
            records[1].Type.ShouldBe(PloverType.Assault);
            records[1].SourceCountries.ShouldBe(["JP"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static PloverRecord Record(PloverType type, string[] sources, string[] targets, string? gold = null) =>
        new("R1", type, gold ?? type.ToString().ToUpperInvariant(), Text, null, [.. sources], [.. targets]);

    private static CodedEvent Event(PloverType type, string? source, string? target)
    {
        var actors = ImmutableArray.CreateBuilder<EventActor>();
        if (source is not null)
        {
            actors.Add(new EventActor(ActorRole.Source, new TextSpan(4, 12), "minister", null, source));
        }

        if (target is not null)
        {
            actors.Add(new EventActor(ActorRole.Target, new TextSpan(30, 36), "envoys", null, target));
        }

        return new CodedEvent(type, null, new TextSpan(26, 29), new TextSpan(0, Text.Length), actors.ToImmutable(), null, null, [], Modality.Asserted, null, 1);
    }
}
