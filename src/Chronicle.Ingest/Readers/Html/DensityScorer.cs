using AngleSharp.Dom;

namespace Chronicle.Ingest.Readers.Html;

/// <summary>
/// Finds the main text of a page without semantic markup: each text block (a paragraph, or text directly in a
/// div or cell) scores its plain, non-link text; the score goes in full to its container and half to the one
/// above, as in Readability. Furniture is not counted.
/// </summary>
internal sealed class DensityScorer : IHtmlVisitor
{
    private const int MinBlockChars = 25;
    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<Block> _blocks = new();
    private int _linkDepth;

    /// <summary>The element under <paramref name="root"/> that most likely holds the article, or null.</summary>
    public static IElement? FindMain(INode root)
    {
        var scorer = new DensityScorer();
        HtmlWalk.Visit(root, scorer);
        if (scorer._scores.Count == 0)
        {
            return null;
        }

        var best = scorer._scores.MaxBy(pair => pair.Value).Key;

        // Text split over sibling containers adds up in their common parent: climb while it scores as well.
        while (best.ParentElement is { } parent && scorer._scores.TryGetValue(parent, out var above)
               && above >= scorer._scores[best])
        {
            best = parent;
        }

        return best;
    }

    public bool Enter(INode node)
    {
        switch (node)
        {
            case IText text when _blocks.Count > 0:
                var block = _blocks.Peek();
                var length = text.Data.AsSpan().Trim().Length;
                block.Chars += length;
                block.LinkChars += _linkDepth > 0 ? length : 0;
                return false;
            case IElement element when HtmlElementKinds.IsFurniture(element):
                return false;
            case IElement element:
                if (IsTextBlock(element.LocalName))
                {
                    _blocks.Push(new Block(element));
                }
                else if (element.LocalName == "a")
                {
                    _linkDepth++;
                }

                return true;
            default:
                return false;
        }
    }

    public void Leave(INode node)
    {
        if (node is not IElement element)
        {
            return;
        }

        if (element.LocalName == "a")
        {
            _linkDepth--;
        }
        else if (_blocks.Count > 0 && ReferenceEquals(_blocks.Peek().Element, element))
        {
            Score(_blocks.Pop());
        }
    }

    private static bool IsTextBlock(string name) =>
        name is "p" or "pre" or "div" or "td" or "section" or "blockquote" or "li" or "dd" or "article" or "main";

    private void Score(Block block)
    {
        var plain = block.Chars - block.LinkChars;
        if (plain < MinBlockChars || block.LinkChars * 2 > block.Chars)
        {
            return;
        }

        // A paragraph scores for its container; a div holding text directly scores for itself too.
        var target = block.Element.LocalName is "p" or "pre" or "li" or "blockquote" or "dd"
            ? block.Element.ParentElement
            : block.Element;
        Add(target, plain);
        Add(target?.ParentElement, plain / 2.0);
    }

    private void Add(IElement? element, double score)
    {
        if (element is not null)
        {
            _scores[element] = _scores.GetValueOrDefault(element) + score;
        }
    }

    private sealed class Block(IElement element)
    {
        public IElement Element { get; } = element;

        public int Chars { get; set; }

        public int LinkChars { get; set; }
    }
}
