namespace Chronicle.Recognizers.Names;

/// <summary>
/// The BILOU tag set: O, then Begin, Inside, Last, Unit for each <see cref="NameClass"/>. BILOU rather than BIO
/// because it lets the weights learn what ends a name as well as what starts it.
/// </summary>
public static class NameTags
{
    /// <summary>Number of tags: O plus four per class.</summary>
    public const int Count = 17;

    /// <summary>Outside any name.</summary>
    public const int Outside = 0;

    private const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    /// <summary>The tag for position <paramref name="index"/> of a name of <paramref name="length"/> tokens.</summary>
    public static int For(NameClass c, int index, int length)
    {
        var part = length == 1 ? Unit : index == 0 ? Begin : index == length - 1 ? Last : Inside;
        return 1 + (4 * (int)c) + part;
    }

    /// <summary>The class of a tag other than O.</summary>
    public static NameClass ClassOf(int tag) => (NameClass)((tag - 1) / 4);

    private static int PartOf(int tag) => (tag - 1) % 4;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1 = start of sentence).</summary>
    public static bool Allowed(int previous, int next)
    {
        var open = previous > 0 && PartOf(previous) is Begin or Inside;
        if (!open)
        {
            return next == Outside || PartOf(next) is Begin or Unit;
        }
        return next != Outside && ClassOf(next) == ClassOf(previous) && PartOf(next) is Inside or Last;
    }

    /// <summary>Whether a sentence may end on <paramref name="tag"/>.</summary>
    public static bool CanEnd(int tag) => tag == Outside || PartOf(tag) is Last or Unit;

    /// <summary>Writes the tags of <paramref name="names"/> over a sentence of <paramref name="tags"/>.Length tokens.</summary>
    public static void Encode(IEnumerable<NameSpan> names, Span<int> tags)
    {
        ArgumentNullException.ThrowIfNull(names);
        tags.Clear();
        foreach (var n in names)
        {
            for (var i = 0; i < n.Count; i++)
            {
                tags[n.First + i] = For(n.Class, i, n.Count);
            }
        }
    }

    /// <summary>Reads names back from a valid tag sequence.</summary>
    public static void Decode(ReadOnlySpan<int> tags, int offset, List<NameSpan> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var start = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            var t = tags[i];
            if (t == Outside)
            {
                start = -1;
                continue;
            }
            switch (PartOf(t))
            {
                case Unit:
                    into.Add(new NameSpan(offset + i, 1, ClassOf(t)));
                    start = -1;
                    break;
                case Begin:
                    start = i;
                    break;
                case Last when start >= 0:
                    into.Add(new NameSpan(offset + start, i - start + 1, ClassOf(t)));
                    start = -1;
                    break;
                default:
                    break;
            }
        }
    }
}
