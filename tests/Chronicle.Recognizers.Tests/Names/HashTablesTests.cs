using Chronicle.Recognizers.Names;

namespace Chronicle.Recognizers.Tests.Names;

public sealed class HashTablesTests
{
    [Fact]
    public void Hash_key_table_finds_what_a_dictionary_holds_and_nothing_else()
    {
        var random = new Random(7);
        var entries = new Dictionary<ulong, ushort> { [0] = 9 };
        while (entries.Count < 5000)
        {
            entries[(ulong)random.NextInt64() * 3] = (ushort)random.Next(1, 1000);
        }
        var table = new HashKeyTable<ushort>(entries);

        foreach (var (key, value) in entries)
        {
            table.Find(key).ShouldBe(value);
        }
        for (var k = 0; k < 5000; k++)
        {
            var absent = ((ulong)random.NextInt64() * 3) + 1;
            table.Find(absent).ShouldBe(entries.GetValueOrDefault(absent));
        }
    }

    [Fact]
    public void Stacked_weights_add_exactly_what_each_pass_table_adds()
    {
        const int T = NameTags.Count;
        var random = new Random(11);
        var firstIds = Enumerable.Range(0, 300).Select(i => i * 7).ToArray();
        var secondIds = Enumerable.Range(0, 300).Select(i => (i * 5) + 1).ToArray();
        var first = new WeightTable(firstIds, [.. Enumerable.Range(0, 300 * T).Select(_ => (float)random.NextDouble() - 0.5f)]);
        var second = new WeightTable(secondIds, [.. Enumerable.Range(0, 300 * T).Select(_ => (float)random.NextDouble() - 0.5f)]);
        var stacked = new StackedWeights(first, second);
        int[] ids = [0, 1, 7, 6, 2100, 1496, 3, 14, 999_999, 35, 36];

        var expectFirst = new float[(2 * T) + 8];
        var expectSecond = new float[(2 * T) + 8];
        var gotFirst = new float[(2 * T) + 8];
        var gotSecond = new float[(2 * T) + 8];
        foreach (var id in ids)
        {
            first.AddToPadded(id, expectFirst, T);
            second.AddToPadded(id, expectSecond, T);
        }
        _ = stacked.AddAll(ids, gotFirst, gotSecond, T);

        gotFirst.ShouldBe(expectFirst);
        gotSecond.ShouldBe(expectSecond);
    }
}
