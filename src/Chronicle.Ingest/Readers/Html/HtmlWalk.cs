using AngleSharp.Dom;

namespace Chronicle.Ingest.Readers.Html;

/// <summary>Is told about each node of a walk; returns false from <see cref="Enter"/> to skip a subtree.</summary>
internal interface IHtmlVisitor
{
    bool Enter(INode node);

    void Leave(INode node);
}

/// <summary>
/// Walks a tree with a heap stack of child positions, never by recursion, so that a page nested ten thousand
/// levels deep cannot overflow the stack. (AngleSharp finds a node's next sibling by scanning its parent's
/// children, so walking by sibling links would be quadratic in the width of the page.)
/// </summary>
internal static class HtmlWalk
{
    /// <summary>Visits the descendants of <paramref name="root"/> in document order.</summary>
    public static void Visit(INode root, IHtmlVisitor visitor)
    {
        var stack = new Stack<(INodeList Children, int Next, INode? Owner)>();
        stack.Push((root.ChildNodes, 0, null));
        while (stack.Count > 0)
        {
            var (children, next, owner) = stack.Pop();
            if (next >= children.Length)
            {
                if (owner is not null)
                {
                    visitor.Leave(owner);
                }

                continue;
            }

            stack.Push((children, next + 1, owner));
            var node = children[next];
            if (!visitor.Enter(node))
            {
                continue;
            }

            if (node.HasChildNodes)
            {
                stack.Push((node.ChildNodes, 0, node));
            }
            else
            {
                visitor.Leave(node);
            }
        }
    }

    /// <summary>The elements under <paramref name="root"/> in document order.</summary>
    public static IEnumerable<IElement> Elements(INode root)
    {
        var stack = new Stack<(INodeList Children, int Next)>();
        stack.Push((root.ChildNodes, 0));
        while (stack.Count > 0)
        {
            var (children, next) = stack.Pop();
            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((children, next + 1));
            if (children[next] is IElement element)
            {
                yield return element;
                if (element.HasChildNodes)
                {
                    stack.Push((element.ChildNodes, 0));
                }
            }
        }
    }
}
