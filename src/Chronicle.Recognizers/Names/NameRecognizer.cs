using System.Collections.Immutable;

namespace Chronicle.Recognizers.Names;

/// <summary>
/// Finds names of people, organisations, places and groups with the trained <see cref="NameModel"/> and gives each
/// the fullest form of its entity in the article. Reads <see cref="Annotations.Tokens"/> and
/// <see cref="Annotations.Sentences"/>; fills <see cref="Annotations.Entities"/>.
/// </summary>
public sealed class NameRecognizer(NameModel model) : IStage
{
    private readonly EntityTypeMapper _types = new(model.Features.Lexicon);

    /// <inheritdoc />
    public string Name => "names";

    /// <inheritdoc />
    public string Version => model.Version;

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
        var names = model.Tag(document.Text, tokens, sentences.AsSpan());
        var words = new List<(IReadOnlyList<string> Words, EntityType Type)>(names.Count);
        foreach (var n in names)
        {
            var w = new string[n.Count];
            for (var k = 0; k < n.Count; k++)
            {
                var s = tokens[n.First + k].Span;
                w[k] = document.Text[s.Start..s.End];
            }
            words.Add((w, _types.Map(n.Class, w)));
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
}
