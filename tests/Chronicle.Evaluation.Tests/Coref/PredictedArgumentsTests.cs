using System.Collections.Immutable;
using Chronicle.Evaluation.Coref;

namespace Chronicle.Evaluation.Tests.Coref;

public sealed class PredictedArgumentsTests
{
    // Finds every capitalised word but the first of a line ("Monday" a time): a person, or a place when it ends in "ville".
    private sealed class CapitalStage : IStage
    {
        public string Name => "capitals";

        public string Version => "1";

        public Annotations Run(Document document, Annotations found)
        {
            var text = document.Text;
            var entities = ImmutableArray.CreateBuilder<EntityMention>();
            var times = ImmutableArray.CreateBuilder<TimeMention>();
            for (var i = 0; i < text.Length; i++)
            {
                if (i > 0 && text[i - 1] == ' ' && char.IsUpper(text[i]))
                {
                    var end = text.IndexOfAny([' ', '\n'], i);
                    end = end < 0 ? text.Length : end;
                    var word = text[i..end];
                    if (word == "Monday")
                    {
                        times.Add(new TimeMention(new TextSpan(i, end), TimexType.Date, "XXXX-WXX-1"));
                    }
                    else
                    {
                        entities.Add(new EntityMention(new TextSpan(i, end), word.EndsWith("ville", StringComparison.Ordinal) ? EntityType.Gpe : EntityType.Person, word));
                    }
                }
            }
            return found with { Entities = entities.ToImmutable(), Times = times.ToImmutable() };
        }
    }

    [Fact]
    public void Names_times_and_places_are_mapped_back_to_the_words_of_their_sentence()
    {
        var document = new EcbDocument(
            "1_1ecb", 1, false,
            ["the", "mayor", "met", "Smith", "in", "Greenville", "on", "Monday", ".", "Jones", "left", "."],
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1],
            []);
        var arguments = new PredictedArguments(Pipeline.Of(new CapitalStage()));

        var first = arguments.Of(document, 0);
        first.Participants.ShouldBe(["Smith"]);
        first.Places.ShouldBe(["Greenville"]);
        first.Times.ShouldBe(["Monday"]);
        // "Jones" starts its sentence (a line of the joined text), so the stage skips it: no arguments.
        arguments.Of(document, 1).ShouldBe(SentenceArguments.None);
    }
}
