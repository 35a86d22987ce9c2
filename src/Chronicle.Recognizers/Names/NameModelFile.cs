using System.IO.Compression;
using System.Text;

namespace Chronicle.Recognizers.Names;

/// <summary>
/// Reads and writes a <see cref="NameModel"/> as one gzipped binary file: weights as half floats with a bit mask of
/// the non-zero tags per row, gazetteer phrase keys, and word facts.
/// </summary>
public static class NameModelFile
{
    private const string Magic = "CHRNER";
    private const int Format = 2;
    private const int T = NameTags.Count;

    /// <summary>Loads a model from a file.</summary>
    public static NameModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Loads a model from a gzipped stream.</summary>
    public static NameModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8);
        if (r.ReadString() != Magic || r.ReadInt32() != Format)
        {
            throw new InvalidDataException("not a Chronicle name model (format 2)");
        }
        var version = r.ReadString();
        var bits = r.ReadInt32();
        var maxPhraseWords = r.ReadInt32();
        var stages = new (WeightTable Weights, float[] Transitions)[r.ReadInt32()];
        for (var k = 0; k < stages.Length; k++)
        {
            stages[k] = ReadStage(r);
        }
        var phraseCount = r.ReadInt32();
        var phrases = new Dictionary<ulong, GazetteerFlags>(phraseCount);
        for (var k = 0; k < phraseCount; k++)
        {
            phrases[r.ReadUInt64()] = (GazetteerFlags)r.ReadUInt16();
        }
        var wordCount = r.ReadInt32();
        var words = new Dictionary<ulong, WordInfo>(wordCount);
        for (var k = 0; k < wordCount; k++)
        {
            words[r.ReadUInt64()] = new WordInfo(r.ReadByte(), r.ReadUInt16());
        }
        var features = new FeatureExtractor(new NameLexicon(phrases, words, maxPhraseWords), bits);
        NameModel? model = null;
        foreach (var (weights, transitions) in stages)
        {
            model = new NameModel(version, features, weights, transitions, model);
        }
        return model ?? throw new InvalidDataException("a name model without stages");
    }

    /// <summary>Writes a model (with its first pass, if stacked) as a gzipped stream; weights are stored as half floats.</summary>
    public static void Save(NameModel model, int bucketBits, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Format);
        w.Write(model.Version);
        w.Write(bucketBits);
        w.Write(model.Features.Lexicon.MaxPhraseWords);
        var stages = new List<NameModel>();
        for (var m = model; m is not null; m = m.FirstPass)
        {
            stages.Insert(0, m);
        }
        w.Write(stages.Count);
        foreach (var stage in stages)
        {
            WriteStage(w, stage);
        }
        var lexicon = model.Features.Lexicon;
        w.Write(lexicon.Phrases.Count);
        foreach (var (key, flags) in lexicon.Phrases.OrderBy(p => p.Key))
        {
            w.Write(key);
            w.Write((ushort)flags);
        }
        w.Write(lexicon.Words.Count);
        foreach (var (key, info) in lexicon.Words.OrderBy(p => p.Key))
        {
            w.Write(key);
            w.Write(info.CaseBucket);
            w.Write(info.Cluster);
        }
    }

    private static (WeightTable, float[]) ReadStage(BinaryReader r)
    {
        var transitions = new float[NameModel.TransitionCount];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = r.ReadSingle();
        }
        var rows = r.ReadInt32();
        var ids = new int[rows];
        var values = new float[rows * T];
        var id = 0;
        for (var k = 0; k < rows; k++)
        {
            id += r.Read7BitEncodedInt();
            ids[k] = id;
            var mask = r.Read7BitEncodedInt();
            for (var y = 0; y < T; y++)
            {
                if ((mask & (1 << y)) != 0)
                {
                    values[(k * T) + y] = (float)r.ReadHalf();
                }
            }
        }
        return (new WeightTable(ids, values), transitions);
    }

    private static void WriteStage(BinaryWriter w, NameModel stage)
    {
        foreach (var t in stage.Transitions)
        {
            w.Write(t);
        }
        var rows = stage.Weights.Rows().OrderBy(r => r.Id).ToList();
        w.Write(rows.Count);
        var previous = 0;
        foreach (var (id, row) in rows)
        {
            w.Write7BitEncodedInt(id - previous);
            previous = id;
            var mask = 0;
            for (var y = 0; y < T; y++)
            {
                mask |= row[y] != 0 ? 1 << y : 0;
            }
            w.Write7BitEncodedInt(mask);
            foreach (var v in row.Where(v => v != 0))
            {
                w.Write((Half)v);
            }
        }
    }
}
