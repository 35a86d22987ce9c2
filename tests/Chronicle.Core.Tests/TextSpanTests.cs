using FsCheck;
using FsCheck.Fluent;

namespace Chronicle.Core.Tests;

public sealed class TextSpanTests
{
    [Fact]
    public void Span_is_half_open()
    {
        var span = new TextSpan(2, 5);
        span.Length.ShouldBe(3);
        span.Of("abcdefg").ShouldBe("cde");
        span.Overlaps(new TextSpan(5, 7)).ShouldBeFalse();
        span.Overlaps(new TextSpan(4, 7)).ShouldBeTrue();
    }

    [Fact]
    public void A_span_cannot_end_before_it_starts() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));

    [Fact]
    public void Overlap_is_symmetric_and_union_contains_both()
    {
        var spans = Gen.Choose(0, 50).SelectMany(a => Gen.Choose(a, 60).Select(b => new TextSpan(a, b)));
        Prop.ForAll(spans.ToArbitrary(), spans.ToArbitrary(), (x, y) =>
            x.Overlaps(y) == y.Overlaps(x) && x.Union(y).Contains(x) && x.Union(y).Contains(y))
            .QuickCheckThrowOnFailure();
    }
}
