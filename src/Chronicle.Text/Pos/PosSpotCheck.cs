using System.Collections.Immutable;
using System.Text;

namespace Chronicle.Text.Pos;

/// <summary>
/// A sentence with the gold tags of some of its words only (the ones a later stage relies on: verb or noun, past
/// tense or participle), read from a line such as <c>Protesters marched/VBD to the square/NN .</c>: a word ending in
/// <c>/TAG</c> is checked, the others are context.
/// </summary>
/// <param name="Text">The sentence without the tag marks.</param>
/// <param name="Checks">The start of each checked word in <paramref name="Text"/> with its gold tag.</param>
public sealed record PosSpotCheck(string Text, ImmutableArray<(int Start, string Tag)> Checks)
{
    /// <summary>Reads one check a line; blank lines and lines starting with <c>#</c> are skipped.</summary>
    public static IReadOnlyList<PosSpotCheck> Read(string path) =>
        [.. File.ReadLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(Parse)];

    /// <summary>Parses one marked sentence.</summary>
    public static PosSpotCheck Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = new StringBuilder(line.Length);
        var checks = ImmutableArray.CreateBuilder<(int, string)>();
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append(text.Length > 0 ? " " : "");
            var slash = word.LastIndexOf('/');
            if (slash > 0 && slash < word.Length - 1 && word[(slash + 1)..].All(c => char.IsAsciiLetterUpper(c) || c == '$'))
            {
                checks.Add((text.Length, word[(slash + 1)..]));
                text.Append(word.AsSpan(0, slash));
            }
            else
            {
                text.Append(word);
            }
        }

        return new PosSpotCheck(text.ToString(), checks.ToImmutable());
    }

    /// <summary>Tags each sentence as one and lists every checked word as "word gold guess".</summary>
    public static IReadOnlyList<(string Word, string Gold, string Guess)> Run(PosModel model, IReadOnlyList<PosSpotCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(checks);
        var tokenizer = new Tokenizer();
        var results = new List<(string, string, string)>();
        foreach (var check in checks)
        {
            var tokens = tokenizer.Tokenize(check.Text);
            var tags = new byte[tokens.Length];
            model.Tag(check.Text, tokens.AsSpan(), tags);
            foreach (var (start, gold) in check.Checks)
            {
                var at = 0;
                while (at < tokens.Length && tokens[at].Span.Start != start)
                {
                    at++;
                }

                // A mark that is not the start of a token is a mistake of the file: it counts as missed.
                results.Add(at == tokens.Length
                    ? (check.Text[start..], gold, "?")
                    : (tokens[at].Span.Of(check.Text), gold, model.Tags[tags[at]]));
            }
        }

        return results;
    }
}
