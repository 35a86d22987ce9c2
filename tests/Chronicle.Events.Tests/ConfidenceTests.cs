using Chronicle.Engine;
using Chronicle.Testing;

namespace Chronicle.Events.Tests;

public sealed class ConfidenceTests
{
    private static readonly Lazy<Pipeline> Pipeline = new(() => PipelineFactory.Create(new DataFiles(Path.Combine(RepositoryPaths.Root, "data"))));

    [Fact]
    public void A_weights_file_gives_its_version_and_weighs_the_features_it_names()
    {
        var model = ConfidenceModel.Parse(["# a comment", "version\tconf-test", "bias\t0", "source\t2", "target\t-1"], "test");

        model.Version.ShouldBe("conf-test");
        var x = new double[EventFeatures.Names.Length];
        x[0] = 1;
        model.Confidence(x).ShouldBe(0.5);
        x[Array.IndexOf(EventFeatures.Names, "source")] = 1;
        model.Confidence(x).ShouldBe(Math.Round(1 / (1 + Math.Exp(-2)), 2));
        x[Array.IndexOf(EventFeatures.Names, "target")] = 1;
        model.Confidence(x).ShouldBe(0.73);
    }

    [Theory]
    [InlineData("version\tv\nloudness\t1")]
    [InlineData("version\tv\nsource\thigh")]
    [InlineData("version\tv\nsource 1")]
    [InlineData("source\t1")]
    public void A_weights_file_with_an_unknown_feature_a_bad_line_or_no_version_is_refused(string text) =>
        Should.Throw<InvalidDataException>(() => ConfidenceModel.Parse(text.Split('\n'), "test"));

    [Fact]
    public void The_committed_weights_load_and_weigh_the_actors()
    {
        var model = ConfidenceModel.Load(new DataFiles(Path.Combine(RepositoryPaths.Root, "data")).EventConfidence);

        model.Version.ShouldStartWith("conf-");
        var bare = Vector();
        var both = Vector("source", "target");
        model.Confidence(both).ShouldBeGreaterThan(model.Confidence(bare), "a source and a target found make an event likelier right");
    }

    [Fact]
    public void The_hand_set_confidence_is_the_old_sum()
    {
        EventFeatures.HandSet(Vector("curated", "source", "target", "date", "place")).ShouldBe(0.9);
        EventFeatures.HandSet(Vector("target", "modality:other")).ShouldBe(0.35);
    }

    [Fact]
    public void A_state_accusing_a_state_is_a_claim_with_two_states()
    {
        var (e, x) = Single("France accused Germany of spying on its diplomats.", PloverType.Accuse);

        e.Confidence.ShouldBe(Model.Confidence(x));
        On(x, "type:claim", "source", "target", "source:state", "target:state").ShouldAllBe(v => v == 1);
        On(x, "noun", "modality:other", "source:named", "target:named").ShouldAllBe(v => v == 0);
    }

    [Fact]
    public void An_arrest_of_a_named_person_by_police_has_a_generic_source_a_named_target_a_date_and_a_place()
    {
        var (_, x) = Single("Police arrested Maria Okonkwo in Lagos on Tuesday.", PloverType.Coerce);

        On(x, "source", "target", "target:named", "date", "place").ShouldAllBe(v => v == 1);
        On(x, "source:named", "source:state", "source:post", "type:claim", "type:talk", "type:accord").ShouldAllBe(v => v == 0);
        On(x, "distance").Single().ShouldBe(1 / 20.0);
    }

    [Fact]
    public void A_noun_trigger_and_a_negated_act_are_read_as_such()
    {
        On(Single("Leaders met to discuss Germany's invasion of Poland.", PloverType.Assault).Features, "noun").Single().ShouldBe(1);
        On(Single("Police did not arrest the protesters in Lyon.", PloverType.Coerce).Features, "modality:other").Single().ShouldBe(1);
    }

    [Fact]
    public void A_post_as_source_and_a_second_event_in_the_sentence_are_counted()
    {
        var run = Run("The foreign minister accused the rebels of attacking a convoy near Goma.");

        var (accusation, x) = run.Single(r => r.Event.Type == PloverType.Accuse);
        On(x, "source:post", "type:claim").ShouldAllBe(v => v == 1);
        On(x, "crowded").Single().ShouldBe(1 / 3.0);
        var (attack, y) = run.Single(r => r.Event.Type == PloverType.Assault);
        On(y, "modality:other").Single().ShouldBe(1);
        attack.Confidence.ShouldBeLessThan(accusation.Confidence, "an alleged act with a generic source is less often right than a claim by a post");
    }

    private static ConfidenceModel Model => ConfidenceModel.Load(new DataFiles(Path.Combine(RepositoryPaths.Root, "data")).EventConfidence);

    private static double[] Vector(params string[] on)
    {
        var x = new double[EventFeatures.Names.Length];
        x[0] = 1;
        foreach (var name in on)
        {
            x[Array.IndexOf(EventFeatures.Names, name)] = 1;
        }

        return x;
    }

    private static IEnumerable<double> On(double[] x, params string[] names) => names.Select(n => x[Array.IndexOf(EventFeatures.Names, n)]);

    private static (CodedEvent Event, double[] Features) Single(string text, PloverType type)
    {
        var found = Run(text).Where(r => r.Event.Type == type).ToList();
        found.Count.ShouldBe(1);
        return found[0];
    }

    // The stages before the coder, then the coder itself with the features it read each event's confidence from.
    private static List<(CodedEvent Event, double[] Features)> Run(string text)
    {
        var document = new Document("test.txt", null, new DateOnly(2024, 3, 15), text);
        var coder = Pipeline.Value.Stages.OfType<EventCoder>().Single();
        var found = Annotations.Empty;
        foreach (var stage in Pipeline.Value.Stages.TakeWhile(s => s != coder))
        {
            found = stage.Run(document, found);
        }

        var (coded, features) = coder.Code(document, found);
        return [.. coded.Events.Select((e, i) => (e, features[i]))];
    }
}
