namespace Chronicle.Recognizers.Places;

/// <summary>
/// The name index: for each name (any case) the entries it names, stored flat. While loading, postings
/// are linked lists in two growing arrays (no list per name); <see cref="Seal"/> lays each name's entries
/// out contiguously, so a lookup is one hash probe and a slice. Read-only once sealed, so safe to share.
/// </summary>
/// <remarks>
/// A FrozenDictionary over 580,000 names took about half a second to build, as long as the rest of the
/// load; a Dictionary that is never written after <see cref="Seal"/> answers as fast for this use.
/// </remarks>
internal sealed class Postings
{
    private readonly Dictionary<string, int> slots = new(650_000, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private int[] heads = new int[1 << 19];
    private int[] entry = new int[1 << 20];
    private int[] next = new int[1 << 20];
    private int count;
    private int[] flat = [];
    private int[] starts = [0];

    public Postings() => lookup = slots.GetAlternateLookup<ReadOnlySpan<char>>();

    public int NameCount => slots.Count;

    public void Add(ReadOnlySpan<char> name, int at)
    {
        if (!lookup.TryGetValue(name, out var slot))
        {
            slot = slots.Count;
            lookup[name] = slot;
            if (slot == heads.Length)
            {
                Array.Resize(ref heads, slot * 2);
            }

            heads[slot] = -1;
        }
        else if (entry[heads[slot]] == at)
        {
            return;
        }

        if (count == entry.Length)
        {
            Array.Resize(ref entry, count * 2);
            Array.Resize(ref next, count * 2);
        }

        entry[count] = at;
        next[count] = heads[slot];
        heads[slot] = count++;
    }

    public void Seal()
    {
        flat = new int[count];
        starts = new int[slots.Count + 1];
        var at = 0;
        for (var slot = 0; slot < slots.Count; slot++)
        {
            starts[slot] = at;
            for (var p = heads[slot]; p >= 0; p = next[p])
            {
                at++;
            }

            // The links run newest first; write them back to front to keep file order.
            var write = at - 1;
            for (var p = heads[slot]; p >= 0; p = next[p])
            {
                flat[write--] = entry[p];
            }
        }

        starts[slots.Count] = at;
        (heads, entry, next) = ([], [], []);
    }

    public ReadOnlySpan<int> Find(ReadOnlySpan<char> name) =>
        lookup.TryGetValue(name, out var slot) ? flat.AsSpan(starts[slot], starts[slot + 1] - starts[slot]) : [];
}
