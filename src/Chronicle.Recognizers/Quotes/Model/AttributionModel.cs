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
    private const int Format = 2;

    internal AttributionModel(string version, LinearWeights cue, LinearWeights role, float cueMargin = 0, bool openCandidates = false, bool requireSource = true)
    {
        RequireSource = requireSource;
        Version = version;
        CueMargin = cueMargin;
        OpenCandidates = openCandidates;
        Cue = cue;
        Role = role;
    }

    /// <summary>The model's version, stored with what it produced.</summary>
    public string Version { get; }

    /// <summary>How much a cue's first token must outscore no cue: higher is more precise, lower finds more.</summary>
    public float CueMargin { get; }

    /// <summary>
    /// True when the cue tagger scores every verb outside quotation marks; false when only those whose word
    /// alone already favours a cue (fewer, more precise cues).
    /// </summary>
    public bool OpenCandidates { get; }

    /// <summary>True when a cue whose source the role tagger does not find is dropped rather than kept without one.</summary>
    public bool RequireSource { get; }

    /// <summary>This model with another <see cref="CueMargin"/>.</summary>
    public AttributionModel WithCueMargin(float margin) => new(Version, Cue, Role, margin, OpenCandidates, RequireSource);

    /// <summary>This model with other run-time settings.</summary>
    public AttributionModel With(float margin, bool openCandidates, bool requireSource = true) => new(Version, Cue, Role, margin, openCandidates, requireSource);

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
        var format = reader.ReadInt32() == Magic ? reader.ReadInt32() : -1;
        if (format is not (1 or Format))
        {
            throw new InvalidDataException("Not an attribution model file.");
        }
        var version = reader.ReadString();
        var margin = reader.ReadSingle();
        var open = format >= 2 && reader.ReadBoolean();
        var requireSource = format < 2 || reader.ReadBoolean();
        return new AttributionModel(version, ReadTable(reader), ReadTable(reader), margin, open, requireSource);
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
        writer.Write(OpenCandidates);
        writer.Write(RequireSource);
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
