using System.Text.RegularExpressions;
using Chronicle.Recognizers.Names;

namespace Chronicle.Tools.TrainNer;

/// <summary>
/// Counts, over unlabelled news (BBC plain text, Reuters-21578 bodies), how often each word is written capitalised
/// where case carries signal (mid-sentence), and collects the word sequences for clustering.
/// </summary>
internal sealed partial class NewsStatistics
{
    private readonly Dictionary<ulong, (int Mid, int Capitalised, int Total)> _counts = [];

    public List<string[]> Sentences { get; } = [];

    public void AddBbc(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // The first line is the headline: its case says little.
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                AddText(line);
            }
        }
    }

    public void AddReuters(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.sgm").Order(StringComparer.Ordinal))
        {
            var sgml = File.ReadAllText(file);
            foreach (Match m in Body().Matches(sgml))
            {
                foreach (var line in m.Groups[1].Value.Split('\n'))
                {
                    AddText(line.Replace("&lt;", "<", StringComparison.Ordinal));
                }
            }
        }
    }

    public Dictionary<ulong, WordInfo> Build(int minCount, IReadOnlyDictionary<ulong, ushort> clusters)
    {
        var words = new Dictionary<ulong, WordInfo>();
        foreach (var (key, (mid, capitalised, total)) in _counts)
        {
            if (total < minCount)
            {
                continue;
            }
            byte bucket = 0;
            if (mid >= 2)
            {
                var share = (double)capitalised / mid;
                bucket = (byte)(share < 0.05 ? 1 : share < 0.3 ? 2 : share < 0.7 ? 3 : share < 0.95 ? 4 : 5);
            }
            words[key] = new WordInfo(bucket, clusters.GetValueOrDefault(key));
        }
        return words;
    }

    private void AddText(string line)
    {
        var tokens = Word().Matches(line).Select(m => m.Value).ToArray();
        if (tokens.Length == 0)
        {
            return;
        }
        var initial = true;
        var sentence = new List<string>();
        foreach (var token in tokens)
        {
            sentence.Add(token);
            var isWord = char.IsLetter(token[0]);
            if (isWord)
            {
                var key = TextHash.Folded(token);
                var (mid, caps, total) = _counts.GetValueOrDefault(key);
                if (!initial)
                {
                    mid++;
                    caps += char.IsUpper(token[0]) ? 1 : 0;
                }
                _counts[key] = (mid, caps, total + 1);
            }
            initial = token is "." or "!" or "?" or "\"" or ":" || (initial && !isWord);
            if (token is "." or "!" or "?")
            {
                Sentences.Add([.. sentence]);
                sentence.Clear();
            }
        }
        if (sentence.Count > 0)
        {
            Sentences.Add([.. sentence]);
        }
    }

    [GeneratedRegex(@"<BODY>(.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[.'\-&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")]
    private static partial Regex Word();
}
