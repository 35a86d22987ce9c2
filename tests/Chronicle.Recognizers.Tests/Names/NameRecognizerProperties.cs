using FsCheck;
using FsCheck.Fluent;

namespace Chronicle.Recognizers.Tests.Names;

public sealed class NameRecognizerProperties(ModelFixture fixture) : IClassFixture<ModelFixture>
{
    private static readonly string[] Words =
        ["The", "minister", "said", "Paris", "New", "York", "Bank", "of", "John", "Smith", ".", ",", "\"", "UNITED", "al-", "Mr.", "42", "talks", "(", ")", "Corp", "-", "on", "Monday", "Ltd", "'s"];

    // A case the property found (FsCheck replay 15526249692581958147,408735572567940581,95): the tagger opened a name at
    // a quotation mark (`( " Bank`), whose words were then all read as a quoted nickname, leaving a blank canonical name.
    [Fact]
    public void A_name_opening_at_a_quotation_mark_keeps_its_words()
    {
        const string text = "John \" New on New 42 York Ltd ( \" Bank 42 New - John Mr. 42 UNITED ) ) Monday of Monday Bank";
        var document = new Document("prop", null, null, text);
        var entities = fixture.Recognizer.Run(document, SimpleTokenizer.Tokenize(text)).Entities;
        entities.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Canonical));
    }

    [Fact]
    public void Spans_are_in_bounds_in_order_and_do_not_overlap()
    {
        var texts = Gen.ListOf(Gen.Elements(Words)).Select(ws => string.Join(' ', ws)).ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            var document = new Document("prop", null, null, text);
            var entities = fixture.Recognizer.Run(document, SimpleTokenizer.Tokenize(text)).Entities;
            var previousEnd = 0;
            foreach (var e in entities)
            {
                if (e.Span.Start < previousEnd || e.Span.End > text.Length || e.Span.Start >= e.Span.End || string.IsNullOrWhiteSpace(e.Canonical))
                {
                    return false;
                }
                previousEnd = e.Span.End;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }
}
