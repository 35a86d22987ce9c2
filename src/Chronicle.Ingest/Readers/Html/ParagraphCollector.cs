using System.Text;
using AngleSharp.Dom;

namespace Chronicle.Ingest.Readers.Html;

/// <summary>
/// Gathers the paragraphs under an element: block elements break paragraphs, whitespace collapses within
/// one, furniture is skipped, and a paragraph that is mostly link text (a related-links list item) is dropped.
/// </summary>
internal sealed class ParagraphCollector : IHtmlVisitor
{
    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _current = new();
    private int _linkDepth;
    private int _linkChars;
    private bool _pendingSpace;

    /// <summary>The text under <paramref name="root"/>: paragraphs joined by a blank line.</summary>
    public static string Collect(INode root)
    {
        var collector = new ParagraphCollector();
        HtmlWalk.Visit(root, collector);
        collector.Flush();
        return string.Join("\n\n", collector._paragraphs);
    }

    public bool Enter(INode node)
    {
        switch (node)
        {
            case IText text:
                Append(text.Data);
                return false;
            case IElement element when HtmlElementKinds.IsFurniture(element):
                return false;
            case IElement element:
                if (HtmlElementKinds.IsBlock(element.LocalName))
                {
                    Flush();
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

        if (HtmlElementKinds.IsBlock(element.LocalName))
        {
            Flush();
        }
        else if (element.LocalName == "a")
        {
            _linkDepth--;
        }
    }

    private void Append(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                _pendingSpace = _current.Length > 0;
                continue;
            }

            if (_pendingSpace)
            {
                _current.Append(' ');
                _pendingSpace = false;
            }

            _current.Append(c);
            if (_linkDepth > 0)
            {
                _linkChars++;
            }
        }
    }

    private void Flush()
    {
        if (_current.Length > 0 && _linkChars * 2 <= _current.Length)
        {
            _paragraphs.Add(_current.ToString());
        }

        _current.Clear();
        _linkChars = 0;
        _pendingSpace = false;
    }
}
