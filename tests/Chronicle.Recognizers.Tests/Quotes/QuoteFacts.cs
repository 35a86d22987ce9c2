using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Testing;
using Chronicle.Text;
using Chronicle.Text.Pos;

namespace Chronicle.Recognizers.Tests.Quotes;

/// <summary>The token facts the attribution model reads, for sentences written in a test.</summary>
internal static class QuoteFacts
{
    private static readonly Pipeline Tagged = Pipeline.Of(
        new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
        new PosTaggerStage(PosModel.Load(Path.Combine(RepositoryPaths.Root, "data", "pos", "pos.bin.gz"))));

    /// <summary>Tokens, sentences and tags of <paramref name="text"/>.</summary>
    public static Annotations Annotate(string text) => Tagged.Run(new Document("test", null, null, text)).Annotations;

    /// <summary>Tokens and tags of <paramref name="text"/>, without word classes.</summary>
    public static TokenFacts Of(string text) => new(new QuoteText(text, Annotate(text), CueLexicon.English()), ClusterMap.Empty);

    /// <summary>
    /// The content's words after <paramref name="cut"/>, of one quote whose cue is the first <paramref name="cue"/> and
    /// whose content is the words after it to the sentence's end.
    /// </summary>
    public static string ContentAfter(string text, string cue, Action<QuoteText, List<Quote>> cut)
    {
        var f = Of(text);
        var cueAt = text.IndexOf(cue, StringComparison.Ordinal);
        var (first, end) = f.Q.TokensOf(cueAt, cueAt + cue.Length);
        var quotes = new List<Quote> { new(null, f.Q.Span(first, end - 1), f.Q.Span(end, f.Count - 2), false, Stance.Asserts) };
        cut(f.Q, quotes);
        return quotes[0].Content.Of(text);
    }

    /// <summary>
    /// The source's words after <see cref="SourceExtent"/>, of one quote whose source is the first <paramref name="source"/>
    /// and whose cue is the first <paramref name="cue"/>, its content the rest of the text.
    /// </summary>
    public static string SourceAfterExtent(string text, string source, string cue)
    {
        var cueSpan = Span(text, cue);
        var quotes = new List<Quote>
        {
            new(new Speaker(Span(text, source), "speaker"), cueSpan, new TextSpan(cueSpan.End + 1, text.Length - 1), false, Stance.Asserts),
        };
        SourceExtent.Extend(Of(text).Q, quotes);
        return quotes[0].Speaker!.Span.Of(text);
    }

    /// <summary>The index of the first token that is <paramref name="word"/>.</summary>
    public static int At(this TokenFacts facts, string word)
    {
        for (var t = 0; t < facts.Count; t++)
        {
            if (facts.Q.Word(t) == word)
            {
                return t;
            }
        }

        throw new InvalidOperationException(word);
    }

    /// <summary>
    /// A reported quote written by hand: its speaker everything before <paramref name="cue"/>, its content from after
    /// the cue (and after <c>that</c>) to the sentence's full stop.
    /// </summary>
    public static Quote Reported(string text, string cue)
    {
        var cueSpan = Span(text, cue);
        var start = cueSpan.End + 1;
        if (text[start..].StartsWith("that ", StringComparison.Ordinal))
        {
            start += 5;
        }

        return new Quote(new Speaker(new TextSpan(0, cueSpan.Start - 1), "speaker"), cueSpan, new TextSpan(start, text.Length - 1), false, Stance.Asserts);
    }

    /// <summary>The span of the first occurrence of <paramref name="words"/>.</summary>
    public static TextSpan Span(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(start, start + words.Length);
    }
}
