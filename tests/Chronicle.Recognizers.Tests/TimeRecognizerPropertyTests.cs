using Chronicle.Recognizers.Times;
using FsCheck;
using FsCheck.Fluent;

namespace Chronicle.Recognizers.Tests;

public sealed class TimeRecognizerPropertyTests
{
    private static readonly TimeRecognizer Recognizer = new();

    private static readonly string[] Vocabulary =
    [
        "the", "a", "last", "next", "this", "past", "week", "weeks", "year", "Monday", "Sept", ".", ",", "-", "'", "3", "2020",
        "24/02/2022", "p.m.", "ago", "early", "mid", "quarter", "third", "fiscal", "every", "daily", "now", "four", "days",
        "twenty", "of", "May", "January", "s", "\n", "earlier", "more", "than", "at", "least", "year-ago", "3:30", "noon",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.Elements(Vocabulary).ArrayOf()
            .Zip(Gen.Elements(" ", "", "  ").ArrayOf(), (words, gaps) => string.Concat(words.Select((w, i) => w + (gaps.Length == 0 ? " " : gaps[i % gaps.Length]))))
            .ToArbitrary();

    [Fact]
    public void Every_span_is_inside_the_text_and_slices_to_what_was_found() =>
        Prop.ForAll(Texts(), text =>
        {
            var found = Recognizer.Find(text, new DateOnly(2022, 2, 26));
            return found.All(m => m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Length > 0
                                  && !char.IsWhiteSpace(text[m.Span.Start]) && !char.IsWhiteSpace(text[m.Span.End - 1]))
                   && found.Zip(found.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Output_is_deterministic_with_and_without_a_date() =>
        Prop.ForAll(Texts(), text =>
            Recognizer.Find(text, null).SequenceEqual(Recognizer.Find(text, null))
            && Recognizer.Find(text, new DateOnly(2020, 1, 17)).SequenceEqual(Recognizer.Find(text, new DateOnly(2020, 1, 17)))
            && Recognizer.Find(text, null).All(m => !m.Value.Contains("2022", StringComparison.Ordinal) || text.Contains("2022", StringComparison.Ordinal)))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void Random_characters_never_throw() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Recognizer.Find(text ?? string.Empty, new DateOnly(2022, 2, 26)).Length >= 0)
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Stage_adds_times_for_the_document_date()
    {
        var document = new Document("test", null, new DateOnly(2022, 2, 26), "Crowds gathered on Thursday.");
        var found = Recognizer.Run(document, Annotations.Empty);
        found.Times.Single().Value.ShouldBe("2022-02-24");
    }
}
