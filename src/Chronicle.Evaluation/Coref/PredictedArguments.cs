using System.Collections.Concurrent;
using System.Collections.Immutable;
using Chronicle.Resolution.Coreference;

namespace Chronicle.Evaluation.Coref;

/// <summary>
/// The arguments Chronicle itself finds in an ECB+ sentence, in place of the gold entity, time and location
/// mentions: the document's tokens are joined into text (a space between tokens, a line break between sentences),
/// run through the pipeline, and its names, times and places are mapped back to the tokens they cover. Names of
/// people, organisations, groups and other things are participants; countries, cities and other places are places.
/// </summary>
/// <param name="pipeline">A pipeline with at least tokenisation, names, times and places.</param>
public sealed class PredictedArguments(Pipeline pipeline)
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<int, SentenceArguments>> _documents = new(StringComparer.Ordinal);

    /// <summary>The predicted arguments of sentence <paramref name="sentence"/> of <paramref name="document"/>.</summary>
    public SentenceArguments Of(EcbDocument document, int sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _documents.GetOrAdd(document.Name, _ => Analyse(document)).GetValueOrDefault(sentence, SentenceArguments.None);
    }

    private Dictionary<int, SentenceArguments> Analyse(EcbDocument document)
    {
        var starts = new int[document.Words.Length];
        var text = new System.Text.StringBuilder();
        for (var t = 0; t < document.Words.Length; t++)
        {
            if (t > 0)
            {
                text.Append(document.Sentences[t] == document.Sentences[t - 1] ? ' ' : '\n');
            }
            starts[t] = text.Length;
            text.Append(document.Words[t]);
        }
        var annotations = pipeline.Run(new Document(document.Name, null, null, text.ToString())).Annotations;
        var found = new Dictionary<int, (List<string> Participants, List<string> Times, List<string> Places)>();
        var phrases = new Dictionary<int, List<ArgumentPhrase>>();
        void Add(TextSpan span, int kind)
        {
            var first = Array.BinarySearch(starts, span.Start);
            first = first >= 0 ? first : Math.Max(0, ~first - 1);
            var covered = new List<int>();
            for (var t = first; t < starts.Length && starts[t] < span.End; t++)
            {
                if (starts[t] + document.Words[t].Length <= span.Start)
                {
                    continue;
                }
                covered.Add(t);
                var sentence = document.Sentences[t];
                if (!found.TryGetValue(sentence, out var lists))
                {
                    found[sentence] = lists = ([], [], []);
                }
                (kind == 0 ? lists.Participants : kind == 1 ? lists.Times : lists.Places).Add(document.Words[t]);
            }
            if (covered.Count > 0)
            {
                var sentenceOf = document.Sentences[covered[0]];
                if (!phrases.TryGetValue(sentenceOf, out var list))
                {
                    phrases[sentenceOf] = list = [];
                }
                var argumentKind = kind == 0 ? ArgumentKind.Participant : kind == 1 ? ArgumentKind.Time : ArgumentKind.Place;
                list.Add(new ArgumentPhrase(argumentKind, covered[0], covered[^1], [.. covered.Select(t => document.Words[t])]));
            }
        }
        foreach (var entity in annotations.Entities)
        {
            Add(entity.Span, entity.Type is EntityType.Gpe or EntityType.Loc ? 2 : 0);
        }
        foreach (var time in annotations.Times)
        {
            Add(time.Span, 1);
        }
        foreach (var place in annotations.Places.Where(p => !annotations.Entities.Any(e => e.Span.Start <= p.Span.Start && p.Span.End <= e.Span.End)))
        {
            Add(place.Span, 2);
        }
        return found.ToDictionary(
            f => f.Key,
            f => new SentenceArguments([.. f.Value.Participants], [.. f.Value.Times], [.. f.Value.Places.Distinct(StringComparer.Ordinal)])
            {
                Phrases = [.. phrases.GetValueOrDefault(f.Key, [])],
            });
    }
}
