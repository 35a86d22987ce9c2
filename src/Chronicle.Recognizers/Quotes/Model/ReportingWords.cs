using System.Collections.Frozen;

namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// A closed list of reporting words (<c>data/quotes/reporting-words.tsv</c>), each in a class: speech (<c>say</c>,
/// <c>statement</c>), assertion (<c>insist</c>, <c>claim</c>), cognition (<c>believe</c>, <c>expect</c>), evidential
/// (<c>according</c>, <c>report</c>), stance (<c>deny</c>, <c>accuse</c>, <c>criticism</c>) and directive (<c>urge</c>,
/// <c>warn</c>, <c>seek</c>). A feature of the cue tagger and the filter: a cue word too rare in train for its own
/// weights shares the weight of its class. Keyed by the hash of each word form as <see cref="TokenFacts"/> computes it
/// and stored in the model, so that run time sees the list training saw.
/// </summary>
public sealed class ReportingWords
{
    /// <summary>The class names in the file, in the order of their numbers (1 for the first).</summary>
    public static readonly IReadOnlyList<string> ClassNames = ["speech", "assertion", "cognition", "evidential", "stance", "directive"];

    internal ReportingWords(FrozenDictionary<ulong, byte> classes) => Classes = classes;

    /// <summary>No reporting words (every class 0).</summary>
    public static ReportingWords Empty { get; } = new(FrozenDictionary<ulong, byte>.Empty);

    /// <summary>Each word form's hash with its class number (1 and up).</summary>
    internal FrozenDictionary<ulong, byte> Classes { get; }

    /// <summary>How many word forms the list holds.</summary>
    public int Count => Classes.Count;

    /// <summary>The class of a word hash (<see cref="TokenFacts.Word"/>), 0 for a word not listed.</summary>
    internal byte Of(ulong wordHash) => Classes.Count > 0 && Classes.TryGetValue(wordHash, out var c) ? c : (byte)0;

    /// <summary>Reads the list from <paramref name="path"/>.</summary>
    public static ReportingWords Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader);
    }

    /// <summary>
    /// Reads lines of word forms, a tab and a class name; <c>#</c> begins a comment. A line with one form is a lemma
    /// whose regular inflections are listed too (<c>insist</c>: <c>insists</c>, <c>insisted</c>, <c>insisting</c>);
    /// a line with several lists them all (<c>say says said saying</c>). A form listed twice keeps its first class.
    /// </summary>
    public static ReportingWords Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classes = new Dictionary<ulong, byte>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var parts = line.Split('\t');
            var number = parts.Length == 2 ? IndexOf(parts[1].Trim()) : -1;
            if (number < 0)
            {
                throw new InvalidDataException($"Not a reporting word line: '{line}'.");
            }
            var forms = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in forms.Length == 1 ? Inflections(forms[0].ToLowerInvariant()) : forms.Select(w => w.ToLowerInvariant()))
            {
                classes.TryAdd(TokenFacts.Hash(form), (byte)(number + 1));
            }
        }
        return new ReportingWords(classes.ToFrozenDictionary());
    }

    // The lemma, its third person or plural, past and gerund, made as regular English verbs and nouns make them.
    internal static IEnumerable<string> Inflections(string lemma)
    {
        yield return lemma;
        var consonantY = lemma.EndsWith('y') && lemma.Length > 1 && "aeiou".IndexOf(lemma[^2], StringComparison.Ordinal) < 0;
        var stem = consonantY ? lemma[..^1] + "i" : lemma;
        yield return consonantY ? stem + "es"
            : lemma.EndsWith("ss", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x') ? lemma + "es"
            : lemma + "s";
        yield return lemma.EndsWith('e') ? lemma + "d" : stem + "ed";
        yield return (lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] : lemma) + "ing";
    }

    private static int IndexOf(string name)
    {
        for (var i = 0; i < ClassNames.Count; i++)
        {
            if (string.Equals(ClassNames[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
