using Chronicle.Recognizers.Quantities;
using FsCheck;
using FsCheck.Fluent;

namespace Chronicle.Recognizers.Tests.Quantities;

/// <summary>Invariants that hold for any text: spans in bounds and ordered, deterministic output, no exceptions.</summary>
public sealed class QuantityPropertyTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    // Pieces that reach every rule: numbers in all forms, cues, vague words, units, codes, and awkward characters.
    private static readonly string[] Pieces =
    [
        "1,500", "10,000", "2.5", "1.2.3", "0", "007", "2013", "99999999999999999999999999999", "1e9", "5bn", "£", "$", "US$",
        "%", "-", "\u2013", "/", ":", ".", ",", "'s", "\u2019", "(", ")", "\"", "\n", " ", "  ", "\t", "\u00A0",
        "one", "One", "two", "twenty-five", "hundred", "and", "a", "an", "dozen", "dozens", "hundreds", "of", "thousands",
        "tens", "scores", "several", "few", "couple", "half", "at", "least", "more", "than", "up", "to", "as", "many",
        "high", "nearly", "about", "some", "between", "or", "under", "people", "Iranian", "drones", "years", "days",
        "January", "p.m.", "pm", "Boeing", "Su-27", "COVID-19", "no", "the", "were", "killed", "per", "cent",
        "percent", "aged", "25-year-old", "third", "21st", "\uD83D\uDE00", "\uD800", "é", "ß",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.OneOf(
                Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)),
                Gen.Elements(Pieces).ListOf().Select(parts => string.Join(' ', parts)),
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty))
            .ToArbitrary();

    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void Spans_are_in_bounds_ordered_and_slice_to_their_text() =>
        Check.One(Many, Prop.ForAll(Texts(), text =>
        {
            var found = Recognizer.Recognize(text);
            var previousEnd = 0;
            foreach (var q in found)
            {
                if (q.Span.Start < previousEnd || q.Span.End > text.Length || q.Span.Length == 0)
                {
                    return false;
                }

                previousEnd = q.Span.End;
                if (q.Unit is { } unit && unit is not ("%" or "USD" or "GBP" or "EUR" or "JPY" or "INR") && !q.Span.Of(text).EndsWith(unit, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }));

    [Fact]
    public void Output_is_deterministic() =>
        Check.One(Many, Prop.ForAll(Texts(), text => Recognizer.Recognize(text).SequenceEqual(new QuantityRecognizer().Recognize(text))));

    [Fact]
    public void Bounds_enclose_the_value_where_the_qualifier_says_so() =>
        Check.One(Many, Prop.ForAll(Texts(), text => Recognizer.Recognize(text).All(q => q.Qualifier switch
        {
            Qualifier.Exact => q.Low == q.Value && q.High == q.Value,
            Qualifier.Range => q.Low < q.High && q.Low <= q.Value && q.Value <= q.High,
            _ => q.Low is null || q.High is null || q.Low <= q.High,
        })));
}
