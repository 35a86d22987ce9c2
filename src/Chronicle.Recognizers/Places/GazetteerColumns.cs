namespace Chronicle.Recognizers.Places;

/// <summary>
/// The entries as stored in the gazetteer file: one array per field (columns compress far better than
/// records). Coordinates are in hundred-thousandths of a degree, the precision GeoNames gives; codes are
/// indices into <see cref="Codes"/>; names are UTF-8 runs of <see cref="Names"/>. The arrays are left
/// uninitialised (no zeroing of megabytes at start-up): the reader and the writer fill every element.
/// </summary>
internal sealed class GazetteerColumns(int count)
{
    public int[] GeonameId { get; } = GC.AllocateUninitializedArray<int>(count);

    public ushort[] NameLength { get; } = GC.AllocateUninitializedArray<ushort>(count);

    public int[] LatitudeE5 { get; } = GC.AllocateUninitializedArray<int>(count);

    public int[] LongitudeE5 { get; } = GC.AllocateUninitializedArray<int>(count);

    public int[] Population { get; } = GC.AllocateUninitializedArray<int>(count);

    public ushort[] Country { get; } = GC.AllocateUninitializedArray<ushort>(count);

    public ushort[] Admin1 { get; } = GC.AllocateUninitializedArray<ushort>(count);

    public ushort[] Feature { get; } = GC.AllocateUninitializedArray<ushort>(count);

    public byte[] Precision { get; } = GC.AllocateUninitializedArray<byte>(count);

    public int Count => GeonameId.Length;

    /// <summary>Where each entry's name starts in <see cref="Names"/> (computed at load from the lengths).</summary>
    public int[] NameStart { get; } = GC.AllocateUninitializedArray<int>(count);

    public string[] Codes { get; set; } = [];

    public byte[] Names { get; set; } = [];
}
