using System.Collections.Immutable;

namespace Chronicle.Recognizers.Quantities;

/// <summary>
/// Finds counts in the text (<c>at least 141 demonstrators</c>, <c>tens of thousands of people</c>, <c>20 to 30</c>)
/// and resolves their value, bounds, qualifier and counted noun into <see cref="Annotations.Quantities"/>.
/// Reads the raw text, so it needs no earlier stage. Immutable and thread-safe.
/// </summary>
/// <param name="lexicon">The words it knows, built once.</param>
public sealed class QuantityRecognizer(QuantityLexicon lexicon) : IStage
{
    private readonly QuantityFinder _finder = new(lexicon);

    /// <summary>A recogniser with the built-in lexicon.</summary>
    public QuantityRecognizer()
        : this(QuantityLexicon.CreateDefault())
    {
    }

    /// <inheritdoc />
    public string Name => "quantities";

    /// <inheritdoc />
    public string Version => QuantityLexicon.Version;

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        return found with { Quantities = Recognize(document.Text) };
    }

    /// <summary>The quantities in <paramref name="text"/>, in text order.</summary>
    public ImmutableArray<Quantity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<QuantityCandidate>();
        _finder.Find(text, candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        var quantities = ImmutableArray.CreateBuilder<Quantity>(candidates.Count);
        foreach (var candidate in candidates)
        {
            quantities.Add(QuantityResolver.Resolve(candidate));
        }

        return quantities.MoveToImmutable();
    }
}
