using AngleSharp.Dom;

namespace Chronicle.Ingest.Readers.Html;

/// <summary>Is told about each node of a walk; returns false from <see cref="Enter"/> to skip a subtree.</summary>
internal interface IHtmlVisitor
{
    bool Enter(INode node);

    void Leave(INode node);
}

/// <summary>
/// Walks a tree by sibling and parent links, never by recursion, so that a page nested
/// ten thousand levels deep cannot overflow the stack.
/// </summary>
internal static class HtmlWalk
{
    /// <summary>Visits the descendants of <paramref name="root"/> in document order.</summary>
    public static void Visit(INode root, IHtmlVisitor visitor)
    {
        var node = root.FirstChild;
        while (node is not null)
        {
            var entered = visitor.Enter(node);
            if (entered && node.FirstChild is { } child)
            {
                node = child;
                continue;
            }

            if (entered)
            {
                visitor.Leave(node);
            }

            node = Next(node, root, visitor);
        }
    }

    /// <summary>The elements under <paramref name="root"/> in document order.</summary>
    public static IEnumerable<IElement> Elements(INode root)
    {
        var node = root.FirstChild;
        while (node is not null)
        {
            if (node is IElement element)
            {
                yield return element;
            }

            node = node.FirstChild ?? Next(node, root, visitor: null);
        }
    }

    private static INode? Next(INode node, INode root, IHtmlVisitor? visitor)
    {
        while (true)
        {
            if (node.NextSibling is { } sibling)
            {
                return sibling;
            }

            var parent = node.Parent;
            if (parent is null || ReferenceEquals(parent, root))
            {
                return null;
            }

            visitor?.Leave(parent);
            node = parent;
        }
    }
}
