using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Chronicle.Resolution.Coreference;

namespace Chronicle.Evaluation.Coref;

/// <summary>
/// The ECB+ corpus as event coreference input: the gold event mentions (<c>ACTION_*</c>, <c>NEG_ACTION_*</c>) of the
/// validated sentences listed in <c>ECBplus_coreference_sentences.csv</c>, each with the participant, time and
/// location mentions of its sentence as arguments.
/// </summary>
/// <param name="Documents">Every document, by name.</param>
/// <param name="Validated">The validated sentences: document name and sentence number.</param>
public sealed record EcbPlusCorpus(IReadOnlyDictionary<string, EcbDocument> Documents, FrozenSet<(string Document, int Sentence)> Validated)
{
    /// <summary>The development topics of Cybulska and Vossen's split; the other topics train.</summary>
    public static FrozenSet<int> DevTopics { get; } = FrozenSet.Create(2, 5, 12, 18, 21, 23, 34, 35);

    /// <summary>Reads the <c>ECB+</c> folder and the csv of validated sentences under <paramref name="directory"/>.</summary>
    public static EcbPlusCorpus Read(string directory)
    {
        var root = Directory.Exists(Path.Combine(directory, "ECB+")) ? Path.Combine(directory, "ECB+") : directory;
        var csv = Directory.GetFiles(directory, "*.csv").FirstOrDefault()
            ?? throw new FileNotFoundException($"{directory}: no csv of validated sentences (ECBplus_coreference_sentences.csv).");
        var documents = Directory.GetFiles(root, "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(EcbPlusReader.ReadDocument)
            .ToDictionary(d => d.Name, StringComparer.Ordinal);
        var validated = new HashSet<(string, int)>();
        foreach (var line in File.ReadLines(csv).Skip(1))
        {
            var f = line.Split(',');
            if (f.Length >= 3 && int.TryParse(f[2], CultureInfo.InvariantCulture, out var sentence))
            {
                validated.Add(($"{f[0].Trim()}_{f[1].Trim()}", sentence));
            }
        }
        return new EcbPlusCorpus(documents, validated.ToFrozenSet());
    }

    /// <summary>
    /// When set, the arguments of each mention are the names, times and places Chronicle finds in its sentence;
    /// when null (the default), the gold participant, time and location mentions of the sentence.
    /// </summary>
    public PredictedArguments? Arguments { get; init; }

    /// <summary>The words of every document.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Words =>
        Documents.ToDictionary(d => d.Key, d => (IReadOnlyList<string>)d.Value.Words, StringComparer.Ordinal);

    /// <summary>One block per topic of <paramref name="topics"/> (in topic order), or per sub-topic.</summary>
    public IReadOnlyList<CorefBlock> Blocks(IEnumerable<int> topics, bool bySubtopic)
    {
        var wanted = topics.ToHashSet();
        return Documents.Values
            .Where(d => wanted.Contains(d.Topic))
            .OrderBy(d => d.Topic).ThenBy(d => d.IsPlus).ThenBy(d => d.Name, StringComparer.Ordinal)
            .GroupBy(d => bySubtopic ? d.Subtopic : d.Topic.ToString(CultureInfo.InvariantCulture))
            .Select(g => Block(g.Key, g))
            .Where(b => b.Mentions.Count > 0)
            .ToList();
    }

    /// <summary>The topics of the training split present in the corpus.</summary>
    public IReadOnlyList<int> TrainTopics => [.. Documents.Values.Select(d => d.Topic).Distinct().Where(t => !DevTopics.Contains(t)).Order()];

    private CorefBlock Block(string name, IEnumerable<EcbDocument> documents)
    {
        var mentions = new List<CorefMention>();
        var chains = new List<string>();
        foreach (var document in documents)
        {
            foreach (var mention in document.Mentions.Where(m => m.IsEvent && Validated.Contains((document.Name, m.Sentence))).OrderBy(m => m.Tokens[0]))
            {
                mentions.Add(ToCorefMention(document, mention));
                chains.Add(mention.Chain);
            }
        }
        return new CorefBlock(name, mentions, chains);
    }

    private CorefMention ToCorefMention(EcbDocument document, EcbMention mention)
    {
        var inSentence = document.Mentions.Where(m => m.Sentence == mention.Sentence && !m.IsEvent).ToList();
        ImmutableArray<string> WordsOf(params string[] prefixes) =>
        [
            .. inSentence.Where(m => prefixes.Any(p => m.Tag.StartsWith(p, StringComparison.Ordinal)))
                .SelectMany(m => m.Tokens.Select(t => document.Words[t])),
        ];
        var sentenceTokens = Enumerable.Range(0, document.Words.Length).Where(t => document.Sentences[t] == mention.Sentence).ToList();
        var sentenceWords = sentenceTokens.Select(t => document.Words[t]).ToImmutableArray();
        var arguments = Arguments?.Of(document, mention.Sentence)
            ?? new SentenceArguments(WordsOf("HUMAN_PART", "NON_HUMAN_PART"), WordsOf("TIME"), WordsOf("LOC")) { Phrases = GoldPhrases(document, inSentence) };
        return new CorefMention(
            document.Name,
            mention.Sentence,
            [.. mention.Tokens.Select(t => document.Words[t])],
            sentenceWords,
            arguments.Participants,
            arguments.Times,
            arguments.Places,
            sentenceTokens.IndexOf(mention.Tokens[0]),
            AttachArguments ? NearestArguments(document, mention, arguments.Phrases) : []);
    }

    /// <summary>
    /// Whether each mention gets, as entity arguments, the gold participant, time and location mentions of its
    /// sentence whose nearest event trigger is its own (their words only: never their gold coreference links).
    /// </summary>
    public bool AttachArguments { get; init; } = true;

    /// <summary>When true, every argument of the sentence is attached to every event of it, not only the nearest.</summary>
    public bool AttachWholeSentence { get; init; }

    /// <summary>When true, only participants with a capitalised word (names) are attached.</summary>
    public bool AttachNamesOnly { get; init; }

    /// <summary>When true, times and places of the sentence are attached to every event of it, participants to the nearest.</summary>
    public bool AttachSettingsToSentence { get; init; }

    private static ImmutableArray<ArgumentPhrase> GoldPhrases(EcbDocument document, List<EcbMention> inSentence)
    {
        var phrases = ImmutableArray.CreateBuilder<ArgumentPhrase>();
        foreach (var argument in inSentence)
        {
            ArgumentKind? kind = argument.Tag.StartsWith("HUMAN_PART", StringComparison.Ordinal) || argument.Tag.StartsWith("NON_HUMAN_PART", StringComparison.Ordinal)
                ? ArgumentKind.Participant
                : argument.Tag.StartsWith("TIME", StringComparison.Ordinal) ? ArgumentKind.Time
                : argument.Tag.StartsWith("LOC", StringComparison.Ordinal) ? ArgumentKind.Place
                : null;
            if (kind is { } k)
            {
                phrases.Add(new ArgumentPhrase(k, argument.Tokens[0], argument.Tokens[^1], [.. argument.Tokens.Select(t => document.Words[t])]));
            }
        }
        return phrases.ToImmutable();
    }

    private ImmutableArray<CorefArgument> NearestArguments(EcbDocument document, EcbMention mention, ImmutableArray<ArgumentPhrase> phrases)
    {
        var events = document.Mentions.Where(m => m.IsEvent && m.Sentence == mention.Sentence).ToList();
        static int Gap(ArgumentPhrase a, EcbMention b) => Math.Max(0, Math.Max(a.First - b.Tokens[^1], b.Tokens[0] - a.Last));
        var attached = ImmutableArray.CreateBuilder<CorefArgument>();
        foreach (var phrase in phrases)
        {
            if (AttachNamesOnly && phrase.Kind == ArgumentKind.Participant && !phrase.Words.Any(w => char.IsUpper(w[0])))
            {
                continue;
            }
            var gap = Gap(phrase, mention);
            if (AttachWholeSentence || (AttachSettingsToSentence && phrase.Kind != ArgumentKind.Participant) || events.All(e => Gap(phrase, e) >= gap))
            {
                attached.Add(new CorefArgument(phrase.Kind, phrase.Words));
            }
        }
        return attached.ToImmutable();
    }
}
