using Chronicle.Evaluation.Attribution;

namespace Chronicle.Evaluation.Tests.Attribution;

public sealed class BratReaderTests
{
    [Fact]
    public void Reads_an_attribution_with_source_cue_and_content()
    {
        const string text = "The mayor said the road will reopen.";
        const string ann = "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 35\tthe road will reopen\n"
            + "T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        var a = BratReader.Parse(ann, text).ShouldHaveSingleItem();
        a.Source!.Value.Of(text).ShouldBe("The mayor");
        a.Cue!.Value.Of(text).ShouldBe("said");
        a.Content!.Value.Of(text).ShouldBe("the road will reopen");
    }

    [Fact]
    public void A_discontinuous_span_becomes_its_hull()
    {
        const string text = "\"Go home,\" he said. \"Now.\"";
        const string ann = "T1\tContent 0 10;20 26\t\"Go home,\" \"Now.\"\nT2\tCue 14 18\tsaid\nE1\tAttribution:T2 Cue:T2 Content:T1\n";
        var a = BratReader.Parse(ann, text).ShouldHaveSingleItem();
        a.Content.ShouldBe(new TextSpan(0, 26));
        a.Source.ShouldBeNull();
    }

    [Fact]
    public void Code_point_offsets_are_turned_into_utf16()
    {
        // The emoji is one code point but two UTF-16 units: offsets after it move by one.
        const string text = "🙂 Ann said hi there.";
        const string ann = "T1\tSource 2 5\tAnn\nT2\tCue 6 10\tsaid\nT3\tContent 11 19\thi there\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n";
        var a = BratReader.Parse(ann, text).ShouldHaveSingleItem();
        a.Source!.Value.Of(text).ShouldBe("Ann");
        a.Content!.Value.Of(text).ShouldBe("hi there");
    }
}
