using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;

namespace Chronicle.Evaluation.Coref;

/// <summary>
/// Reads ECB+ CAT XML. A markable with token anchors is a mention; one without is an instance descriptor that
/// relations point to. A mention that is the source of a <c>CROSS_DOC_COREF</c> belongs to the chain named by the
/// relation's instance id, one in an <c>INTRA_DOC_COREF</c> to a chain of its document, any other is a singleton.
/// </summary>
public static class EcbPlusReader
{
    /// <summary>Reads one document.</summary>
    public static EcbDocument ReadDocument(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var root = XDocument.Load(path).Root ?? throw new InvalidDataException($"{path}: empty XML.");
        var tokenIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = ImmutableArray.CreateBuilder<string>();
        var sentences = ImmutableArray.CreateBuilder<int>();
        foreach (var token in root.Elements("token"))
        {
            tokenIndex[(string?)token.Attribute("t_id") ?? ""] = words.Count;
            words.Add(token.Value);
            sentences.Add(int.Parse((string?)token.Attribute("sentence") ?? "0", CultureInfo.InvariantCulture));
        }

        var chains = Chains(root, name);
        var mentions = ImmutableArray.CreateBuilder<EcbMention>();
        foreach (var markable in root.Element("Markables")?.Elements() ?? [])
        {
            var anchors = markable.Elements("token_anchor")
                .Select(a => tokenIndex.GetValueOrDefault((string?)a.Attribute("t_id") ?? "", -1))
                .Where(i => i >= 0)
                .Order()
                .ToImmutableArray();
            if (anchors.IsEmpty)
            {
                continue;
            }
            var id = int.Parse((string?)markable.Attribute("m_id") ?? "0", CultureInfo.InvariantCulture);
            var chain = chains.GetValueOrDefault(id) ?? $"singleton:{name}:{id}";
            mentions.Add(new EcbMention(id, markable.Name.LocalName, anchors, sentences[anchors[0]], chain));
        }

        var (topic, isPlus) = ParseName(name);
        return new EcbDocument(name, topic, isPlus, words.ToImmutable(), sentences.ToImmutable(), mentions.ToImmutable());
    }

    /// <summary><c>12_3ecbplus</c> → topic 12, the ECB+ half.</summary>
    public static (int Topic, bool IsPlus) ParseName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        var topic = int.Parse(name.AsSpan(0, underscore), CultureInfo.InvariantCulture);
        return (topic, name.EndsWith("plus", StringComparison.Ordinal));
    }

    private static Dictionary<int, string> Chains(XElement root, string document)
    {
        var chains = new Dictionary<int, string>();
        foreach (var relation in root.Element("Relations")?.Elements() ?? [])
        {
            var cross = relation.Name.LocalName == "CROSS_DOC_COREF";
            var chain = cross
                ? "cross:" + ((string?)relation.Attribute("note") ?? "")
                : $"intra:{document}:{(string?)relation.Attribute("r_id")}";
            foreach (var source in relation.Elements("source"))
            {
                var id = int.Parse((string?)source.Attribute("m_id") ?? "0", CultureInfo.InvariantCulture);
                // A cross-document chain outranks a within-document one (the release removed such duplicates).
                if (cross || !chains.ContainsKey(id))
                {
                    chains[id] = chain;
                }
            }
        }
        return chains;
    }
}
