using System.Collections.Immutable;

namespace Chronicle.Recognizers.Names;

/// <summary>
/// Finds names of people, organisations, places and groups with the trained <see cref="NameModel"/> and gives each
/// the fullest form of its entity in the article. Reads <see cref="Annotations.Tokens"/> and
/// <see cref="Annotations.Sentences"/> (and <see cref="Annotations.PosTags"/> when present); fills
/// <see cref="Annotations.Entities"/>. A <see cref="NameConsistency"/> pass gives one name one class in the article. Names in the optional <see cref="OrganisationNames"/> are typed ORG whatever the tagger says.
/// </summary>
public sealed class NameRecognizer(NameModel model, OrganisationNames? organisations = null) : IStage
{
    private readonly EntityTypeMapper _types = new(model.Features.Lexicon, organisations);
    private readonly NameConsistency _consistency = new(model.Features.Lexicon);

    // Features take ~300 bytes a token: a huge input is tagged a window of whole sentences at a time.
    private const int WindowTokens = 20_000;

    /// <inheritdoc />
    public string Name => "names";

    /// <inheritdoc />
    /// <remarks>The model's version, then the rules' (`+2`: names after a particle joined, `Abdel Fattah al-Burhan`).</remarks>
    public string Version => model.Version + "+4";

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        var tokens = found.Tokens.AsSpan();
        if (tokens.IsEmpty)
        {
            return found;
        }
        var sentences = found.Sentences.IsDefaultOrEmpty
            ? [new Sentence(new TextSpan(0, document.Text.Length), 0, tokens.Length)]
            : found.Sentences;
        var tagged = RecasedVerbs.Cut(document.Text, tokens, found.PosTags.AsSpan(), TagInWindows(document.Text, tokens, sentences.AsSpan()));
        var names = _consistency.Apply(document.Text, tokens, sentences.AsSpan(), NameParticles.JoinNicknames(document.Text, tokens, NameParticles.Join(document.Text, tokens, tagged)));
        var words = new List<(IReadOnlyList<string> Words, EntityType Type)>(names.Count);
        HashSet<string>? appositions = null;
        var all = found.Tokens;
        names.RemoveAll(n => (n.Count == 1 && IsOfficeTitle(document.Text, all[n.First].Span)) || NameWords(document.Text, all.AsSpan(), n).Length == 0);
        foreach (var n in names)
        {
            var w = NameWords(document.Text, tokens, n);
            var type = _types.Map(n.Class, w);
            if (type != EntityType.Org && Apposition.NamesOrganisation(document.Text, tokens, found.PosTags.AsSpan(), n.First + n.Count))
            {
                type = EntityType.Org;
                (appositions ??= new HashSet<string>(StringComparer.Ordinal)).Add(string.Join(' ', w));
            }
            words.Add((w, type));
        }
        if (appositions is not null)
        {
            // The apposition speaks for every mention of the same name in the article.
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i].Type != EntityType.Org && appositions.Contains(string.Join(' ', words[i].Words)))
                {
                    words[i] = (words[i].Words, EntityType.Org);
                }
            }
        }
        var canonical = CanonicalNames.Assign(words);
        var entities = ImmutableArray.CreateBuilder<EntityMention>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var n = names[i];
            var span = new TextSpan(tokens[n.First].Span.Start, tokens[n.First + n.Count - 1].Span.End);
            entities.Add(new EntityMention(span, words[i].Type, canonical[i]));
        }
        return found with { Entities = entities.MoveToImmutable() };
    }

    // The words of a name; a nickname in quotation marks is left out (`Marion "Suge" Knight` is Marion Knight). A mark the
    // span opens with or leaves unclosed (`" Bank`, from the tagger) quotes nothing of the name: only the mark goes.
    private static string[] NameWords(string text, ReadOnlySpan<Token> tokens, NameSpan n)
    {
        var w = new List<string>(n.Count);
        var all = new List<string>(n.Count);
        var quoted = false;
        for (var k = n.First; k < n.First + n.Count; k++)
        {
            var word = text[tokens[k].Span.Start..tokens[k].Span.End];
            if (word is "\"" or "\u201C" or "\u201D")
            {
                quoted = !quoted;
                continue;
            }

            all.Add(word);
            if (!quoted)
            {
                w.Add(word);
            }
        }

        return quoted || w.Count == 0 || w.Count == all.Count ? [.. all] : [.. w];
    }

    // `An MP has had his passport stolen`: the tagger, seeing a capitalised short word at a headline's start, may
    // call a parliamentary title a place. Alone, such a title names no one; with a name it is part of it (`MP John X`
    // keeps the name after it, as those are separate tokens of a longer span).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeTitles =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "MLA", "MLAs"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsOfficeTitle(string text, TextSpan span) => OfficeTitles.Contains(text.AsSpan(span.Start, span.Length));

    private List<NameSpan> TagInWindows(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences)
    {
        var names = new List<NameSpan>();
        var from = 0;
        while (from < sentences.Length)
        {
            var to = from + 1;
            var first = sentences[from].FirstToken;
            while (to < sentences.Length && sentences[to].FirstToken + sentences[to].TokenCount - first <= WindowTokens)
            {
                to++;
            }
            var last = sentences[to - 1].FirstToken + sentences[to - 1].TokenCount;
            var window = new Sentence[to - from];
            for (var k = from; k < to; k++)
            {
                window[k - from] = sentences[k] with { FirstToken = sentences[k].FirstToken - first };
            }
            foreach (var n in model.Tag(text, tokens[first..last], window))
            {
                names.Add(n with { First = n.First + first });
            }
            from = to;
        }
        return names;
    }
}
