using System.IO.Compression;

namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// The trained attribution taggers (PolNeAR): a cue tagger over every token and a role tagger that, given a cue,
/// marks its source and content. Built by <see cref="AttributionTrainer"/>, stored by <see cref="Save"/>, loaded
/// once with <see cref="Load(string)"/> and shared by every thread.
/// </summary>
public sealed class AttributionModel
{
    private const int Magic = 0x41545452; // "ATTR"
    private const int Format = 1;

    internal AttributionModel(string version, LinearWeights cue, LinearWeights role, float cueMargin = 0)
    {
        Version = version;
        CueMargin = cueMargin;
        Cue = cue;
        Role = role;
    }

    /// <summary>The model's version, stored with what it produced.</summary>
    public string Version { get; }

    /// <summary>How much a cue's first token must outscore no cue: higher is more precise, lower finds more.</summary>
    public float CueMargin { get; }

    /// <summary>This model with another <see cref="CueMargin"/>.</summary>
    public AttributionModel WithCueMargin(float margin) => new(Version, Cue, Role, margin);

    /// <summary>How many weighted features the two taggers hold.</summary>
    public int FeatureCount => Cue.Keys.Length + Role.Keys.Length;

    internal LinearWeights Cue { get; }

    internal LinearWeights Role { get; }

    /// <summary>Loads a model written by <see cref="Save"/>.</summary>
    public static AttributionModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    /// <summary>Loads a model from a gzip stream written by <see cref="Save"/>.</summary>
    public static AttributionModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Format)
        {
            throw new InvalidDataException("Not an attribution model file.");
        }
        var version = reader.ReadString();
        var margin = reader.ReadSingle();
        return new AttributionModel(version, ReadTable(reader), ReadTable(reader), margin);
    }

    /// <summary>Writes the model as gzip over keys and half-precision weights.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Format);
        writer.Write(Version);
        writer.Write(CueMargin);
        WriteTable(writer, Cue);
        WriteTable(writer, Role);
    }

    private static void WriteTable(BinaryWriter writer, LinearWeights table)
    {
        writer.Write(table.Labels);
        writer.Write(table.Keys.Length);
        foreach (var key in table.Keys)
        {
            writer.Write(key);
        }
        foreach (var w in table.Weights)
        {
            writer.Write((Half)w);
        }
    }

    private static LinearWeights ReadTable(BinaryReader reader)
    {
        var labels = reader.ReadInt32();
        var count = reader.ReadInt32();
        var keys = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
        }
        var weights = new float[count * labels];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)reader.ReadHalf();
        }
        return new LinearWeights(labels, keys, weights);
    }
}
