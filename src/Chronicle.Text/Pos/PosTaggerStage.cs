using System.Collections.Immutable;

namespace Chronicle.Text.Pos;

/// <summary>The pipeline stage that fills <see cref="Annotations.PosTags"/>: one Penn Treebank tag per token, sentence by sentence.</summary>
/// <param name="model">The loaded model.</param>
public sealed class PosTaggerStage(PosModel model) : IStage
{
    /// <inheritdoc />
    public string Name => "pos";

    /// <inheritdoc />
    public string Version => model.Version;

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        var tokens = found.Tokens.AsSpan();
        var tags = new byte[tokens.Length];
        var recased = model.IsRecased(document.Text, tokens);
        if (found.Sentences.IsEmpty)
        {
            model.Tag(document.Text, tokens, tags, recased);
        }
        else
        {
            foreach (var sentence in found.Sentences)
            {
                model.Tag(document.Text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), tags.AsSpan(sentence.FirstToken), recased);
            }
        }

        var names = ImmutableArray.CreateBuilder<string>(tokens.Length);
        foreach (var tag in tags)
        {
            names.Add(model.Tags[tag]);
        }

        return found with { PosTags = names.MoveToImmutable() };
    }
}
