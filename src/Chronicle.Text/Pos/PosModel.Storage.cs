using System.Collections.Frozen;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace Chronicle.Text.Pos;

/// <summary>Reading and writing the compact model file: gzip over the tag set, tag dictionary, word classes, word profiles, lexicon classes, and columns of keys, tags and half-precision weights.</summary>
public sealed partial class PosModel
{
    private const int Magic = 0x534F5043; // "CPOS"
    private const int Format = 3;

    /// <summary>Loads a model written by <see cref="Save(Stream)"/> (a <c>.bin.gz</c> file).</summary>
    public static PosModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    /// <summary>Loads a model from a gzip stream written by <see cref="Save(Stream)"/>.</summary>
    public static PosModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
        // Format 1 (conll2003-pos-1) has no word classes and no profiles, format 2 no lexicon; both still load, so that
        // their files stay as they were.
        var format = reader.ReadInt32() == Magic ? reader.ReadInt32() : -1;
        if (format is not (1 or 2 or Format))
        {
            throw new InvalidDataException("Not a Chronicle part-of-speech model.");
        }

        var version = reader.ReadString();
        var tags = ImmutableArray.CreateRange(Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()));
        var dictionary = new Dictionary<ulong, byte>();
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            dictionary[reader.ReadUInt64()] = reader.ReadByte();
        }

        var classes = new Dictionary<ulong, uint>();
        for (var n = format == 1 ? 0 : reader.ReadInt32(); n > 0; n--)
        {
            classes[reader.ReadUInt64()] = reader.ReadUInt32();
        }

        var profiles = new Dictionary<ulong, byte>();
        for (var n = format == 1 ? 0 : reader.ReadInt32(); n > 0; n--)
        {
            profiles[reader.ReadUInt64()] = reader.ReadByte();
        }

        var lexicon = new Dictionary<ulong, byte>();
        for (var n = format < 3 ? 0 : reader.ReadInt32(); n > 0; n--)
        {
            lexicon[reader.ReadUInt64()] = reader.ReadByte();
        }

        var keys = new ulong[reader.ReadInt32()];
        for (var f = 0; f < keys.Length; f++)
        {
            keys[f] = reader.ReadUInt64();
        }

        var starts = new int[keys.Length + 1];
        for (var f = 0; f < keys.Length; f++)
        {
            starts[f + 1] = starts[f] + reader.ReadByte();
        }

        var weightTags = reader.ReadBytes(starts[^1]);
        var weights = new float[starts[^1]];
        for (var e = 0; e < weights.Length; e++)
        {
            weights[e] = (float)reader.ReadHalf();
        }

        return new PosModel(version, tags, dictionary.ToFrozenDictionary(), classes.ToFrozenDictionary(), profiles.ToFrozenDictionary(), lexicon.ToFrozenDictionary(), new WeightTable(keys, starts, weightTags, weights));
    }

    /// <summary>Writes the model as gzip.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        // A model without word classes or profiles is written as format 1, byte for byte what conll2003-pos-1 was; one
        // without a lexicon as format 2.
        var format = _lexicon.Count > 0 ? Format : _classes.Count == 0 && _profiles.Count == 0 ? 1 : 2;
        writer.Write(Magic);
        writer.Write(format);
        writer.Write(Version);
        writer.Write(Tags.Length);
        foreach (var tag in Tags)
        {
            writer.Write(tag);
        }

        writer.Write(_tagDictionary.Count);
        foreach (var (key, tag) in _tagDictionary.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(tag);
        }

        if (format != 1)
        {
            writer.Write(_classes.Count);
            foreach (var (key, packed) in _classes.OrderBy(e => e.Key))
            {
                writer.Write(key);
                writer.Write(packed);
            }

            writer.Write(_profiles.Count);
            foreach (var (key, tag) in _profiles.OrderBy(e => e.Key))
            {
                writer.Write(key);
                writer.Write(tag);
            }
        }

        if (format == Format)
        {
            writer.Write(_lexicon.Count);
            foreach (var (key, mask) in _lexicon.OrderBy(e => e.Key))
            {
                writer.Write(key);
                writer.Write(mask);
            }
        }

        var keys = _weights.Keys;
        var starts = _weights.Starts;
        writer.Write(keys.Length);
        foreach (var key in keys)
        {
            writer.Write(key);
        }

        for (var f = 0; f < keys.Length; f++)
        {
            writer.Write((byte)(starts[f + 1] - starts[f]));
        }

        writer.Write(_weights.Tags, 0, starts[^1]);
        for (var e = 0; e < starts[^1]; e++)
        {
            writer.Write((Half)_weights.Weights[e]);
        }
    }
}
