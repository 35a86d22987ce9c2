using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Chronicle.Recognizers.Places;

/// <summary>
/// The gazetteer's file format (<c>places.bin.gz</c>): a gzip stream holding a header of counts, then one
/// column per entry field, UTF-8 pools of codes, display names and folded name keys (see <see cref="NameKey"/>),
/// the key and posting lengths, the postings (entry indices per key) and the demonyms. Each section is read
/// with one call into a typed array, so a load parses no text and makes no string per name.
/// </summary>
public static class GazetteerFile
{
    private const int Magic = 0x325A4743; // "CGZ2"
    private const int HeaderInts = 8;

    /// <summary>Writes <paramref name="rows"/> in file order; entry indices are row indices.</summary>
    public static void Write(Stream output, IReadOnlyList<GazetteerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        var codes = new Dictionary<string, ushort>(StringComparer.Ordinal) { [""] = 0 };
        var codeList = new List<string> { "" };
        var names = new MemoryStream();
        var columns = new GazetteerColumns(rows.Count);
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var demonyms = new SortedDictionary<string, (string Country, long Population)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rows.Count; i++)
        {
            var e = rows[i].Entry;
            var name = Encoding.UTF8.GetBytes(e.Name);
            columns.GeonameId[i] = checked((int)e.GeonameId);
            columns.NameLength[i] = checked((ushort)name.Length);
            columns.LatitudeE5[i] = (int)Math.Round(e.Latitude * 1e5);
            columns.LongitudeE5[i] = (int)Math.Round(e.Longitude * 1e5);
            columns.Population[i] = (int)Math.Min(int.MaxValue, e.Population);
            columns.Country[i] = Code(e.Country);
            columns.Admin1[i] = Code(e.Admin1);
            columns.Feature[i] = Code(e.FeatureCode);
            columns.Precision[i] = (byte)e.Precision;
            names.Write(name);
            foreach (var n in rows[i].Names.Prepend(e.Name))
            {
                if (n.Length is > 0 and <= NameKey.MaxChars)
                {
                    var key = n.ToUpperInvariant();
                    if (!postings.TryGetValue(key, out var list))
                    {
                        postings[key] = list = [];
                    }

                    if (list.Count == 0 || list[^1] != i)
                    {
                        list.Add(i);
                    }
                }
            }

            // `American` is said of the United States more than of American Samoa: the larger country wins.
            foreach (var d in rows[i].Demonyms.Where(d => d.Length > 0))
            {
                if (!demonyms.TryGetValue(d, out var other) || other.Population < e.Population)
                {
                    demonyms[d] = (e.Country, e.Population);
                }
            }
        }

        var demonymInts = new List<int>();
        foreach (var (word, (country, _)) in demonyms)
        {
            var bytes = Encoding.UTF8.GetBytes(word);
            demonymInts.AddRange([(int)names.Length, bytes.Length, Code(country)]);
            names.Write(bytes);
        }

        var keys = new MemoryStream();
        var keyLengths = new List<ushort>(postings.Count);
        var postingCounts = new List<ushort>(postings.Count);
        var flat = new List<int>();
        foreach (var (key, list) in postings)
        {
            var bytes = Encoding.UTF8.GetBytes(key);
            keys.Write(bytes);
            keyLengths.Add((ushort)bytes.Length);
            postingCounts.Add(checked((ushort)list.Count));
            flat.AddRange(list);
        }

        var codeBytes = Encoding.UTF8.GetBytes(string.Join('\n', codeList));
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        Put<int>(gzip, [Magic, rows.Count, codeBytes.Length, (int)names.Length, postings.Count, (int)keys.Length, flat.Count, demonyms.Count]);
        Put<int>(gzip, columns.GeonameId);
        Put<ushort>(gzip, columns.NameLength);
        Put<int>(gzip, columns.LatitudeE5);
        Put<int>(gzip, columns.LongitudeE5);
        Put<int>(gzip, columns.Population);
        Put<ushort>(gzip, columns.Country);
        Put<ushort>(gzip, columns.Admin1);
        Put<ushort>(gzip, columns.Feature);
        Put<byte>(gzip, columns.Precision);
        Put<byte>(gzip, codeBytes);
        Put<byte>(gzip, names.GetBuffer().AsSpan(0, (int)names.Length));
        Put<byte>(gzip, keys.GetBuffer().AsSpan(0, (int)keys.Length));
        Put<ushort>(gzip, [.. keyLengths]);
        Put<ushort>(gzip, [.. postingCounts]);
        Put<int>(gzip, [.. flat]);
        Put<int>(gzip, [.. demonymInts]);

        ushort Code(string code)
        {
            if (!codes.TryGetValue(code, out var index))
            {
                index = checked((ushort)codeList.Count);
                codes[code] = index;
                codeList.Add(code);
            }

            return index;
        }
    }

    /// <summary>Reads a file written by <see cref="Write"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static GazetteerData Read(Stream input)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the gazetteer file is little-endian");
        }

        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        Span<int> header = stackalloc int[HeaderInts];
        gzip.ReadExactly(MemoryMarshal.AsBytes(header));
        if (header[0] != Magic)
        {
            throw new InvalidDataException("not a Chronicle gazetteer file (bad magic number)");
        }

        var c = new GazetteerColumns(header[1]);
        Get<int>(gzip, c.GeonameId);
        Get<ushort>(gzip, c.NameLength);
        Get<int>(gzip, c.LatitudeE5);
        Get<int>(gzip, c.LongitudeE5);
        Get<int>(gzip, c.Population);
        Get<ushort>(gzip, c.Country);
        Get<ushort>(gzip, c.Admin1);
        Get<ushort>(gzip, c.Feature);
        Get<byte>(gzip, c.Precision);
        c.Codes = Encoding.UTF8.GetString(Get(gzip, GC.AllocateUninitializedArray<byte>(header[2]))).Split('\n');
        c.Names = Get(gzip, GC.AllocateUninitializedArray<byte>(header[3]));
        for (int i = 0, at = 0; i < c.Count; at += c.NameLength[i], i++)
        {
            c.NameStart[i] = at;
        }

        var keys = Get(gzip, GC.AllocateUninitializedArray<byte>(header[5]));
        var keyStarts = Starts(Get(gzip, GC.AllocateUninitializedArray<ushort>(header[4])));
        var postingStarts = Starts(Get(gzip, GC.AllocateUninitializedArray<ushort>(header[4])));
        var postings = Get(gzip, GC.AllocateUninitializedArray<int>(header[6]));
        var demonyms = Get(gzip, GC.AllocateUninitializedArray<int>(header[7] * 3));
        return new GazetteerData(c, new NameIndex(keys, keyStarts, postingStarts, postings), demonyms);
    }

    private static int[] Starts(ushort[] lengths)
    {
        var starts = new int[lengths.Length + 1];
        for (var i = 0; i < lengths.Length; i++)
        {
            starts[i + 1] = starts[i] + lengths[i];
        }

        return starts;
    }

    private static T[] Get<T>(Stream stream, T[] array)
        where T : unmanaged
    {
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    private static void Put<T>(Stream stream, ReadOnlySpan<T> values)
        where T : unmanaged => stream.Write(MemoryMarshal.AsBytes(values));
}

/// <summary>The sections of a gazetteer file, as read.</summary>
internal sealed record GazetteerData(GazetteerColumns Columns, NameIndex Index, int[] Demonyms);
