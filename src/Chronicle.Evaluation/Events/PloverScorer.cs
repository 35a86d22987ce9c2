using System.Globalization;

namespace Chronicle.Evaluation.Events;

/// <summary>
/// Scores coded events against PLOVER gold records: a record's type is right when an event of its type is coded;
/// precision, recall and F1 per type over the types coded in each sentence; a confusion table of gold type by coded
/// type; source and target country accuracy, compared on the events of the gold type.
/// </summary>
public sealed class PloverScorer
{
    private const string None = "NONE";
    private readonly Dictionary<(PloverType Gold, string Coded), int> _confusion = [];
    private readonly int[] _truePositives = new int[Enum.GetValues<PloverType>().Length];
    private readonly int[] _falsePositives = new int[Enum.GetValues<PloverType>().Length];
    private readonly int[] _falseNegatives = new int[Enum.GetValues<PloverType>().Length];
    private readonly List<string> _misses = [];

    /// <summary>Records scored.</summary>
    public int Records { get; private set; }

    /// <summary>Records whose type was coded.</summary>
    public int TypeRight { get; private set; }

    /// <summary>Records with a gold source country, and those whose coded event of the gold type has one of them.</summary>
    public (int Right, int Total) Source { get; private set; }

    /// <summary>Records with a gold target country, and those whose coded event of the gold type has one of them.</summary>
    public (int Right, int Total) Target { get; private set; }

    /// <summary>Source and target countries right, and compared, on the records whose type was coded.</summary>
    public (int Right, int Total) CountriesGivenType { get; private set; }

    /// <summary>Precision, recall and F1 over (sentence, type) pairs, all types pooled.</summary>
    public (double Precision, double Recall, double F1) Micro => Prf(_truePositives.Sum(), _falsePositives.Sum(), _falseNegatives.Sum());

    /// <summary>Precision, recall and F1 of one type.</summary>
    public (double Precision, double Recall, double F1) Of(PloverType type) =>
        Prf(_truePositives[(int)type], _falsePositives[(int)type], _falseNegatives[(int)type]);

    /// <summary>Scores one record against the events coded from its sentence.</summary>
    public void Add(PloverRecord gold, IReadOnlyList<CodedEvent> events, string text)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(events);
        Records++;
        var coded = events.Select(e => e.Type).Distinct().ToList();
        var right = coded.Contains(gold.Type);
        TypeRight += right ? 1 : 0;
        foreach (var type in coded)
        {
            (type == gold.Type ? _truePositives : _falsePositives)[(int)type]++;
            _confusion[(gold.Type, type.ToString().ToUpperInvariant())] = _confusion.GetValueOrDefault((gold.Type, type.ToString().ToUpperInvariant())) + 1;
        }

        if (!right)
        {
            _falseNegatives[(int)gold.Type]++;
            if (coded.Count == 0)
            {
                _confusion[(gold.Type, None)] = _confusion.GetValueOrDefault((gold.Type, None)) + 1;
            }

            _misses.Add($"type    {gold.Id} {Name(gold)} coded [{string.Join(", ", events.Select(e => Describe(e, text)))}]: {gold.Text}");
        }

        var ofType = events.Where(e => e.Type == gold.Type).ToList();
        var (sourceRight, targetRight) = (Source.Right, Target.Right);
        Source = Country(gold, ofType, ActorRole.Source, gold.SourceCountries, Source, text);
        Target = Country(gold, ofType, ActorRole.Target, gold.TargetCountries, Target, text);
        if (ofType.Count > 0)
        {
            var compared = (gold.SourceCountries.IsEmpty ? 0 : 1) + (gold.TargetCountries.IsEmpty ? 0 : 1);
            var gained = Source.Right - sourceRight + Target.Right - targetRight;
            CountriesGivenType = (CountriesGivenType.Right + gained, CountriesGivenType.Total + compared);
        }
    }

    /// <summary>Prints the figures; with <paramref name="verbose"/> every miss first.</summary>
    public void Print(TextWriter output, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (verbose)
        {
            foreach (var miss in _misses)
            {
                output.WriteLine("miss " + miss);
            }
        }

        var micro = Micro;
        output.WriteLine(Invariant($"event type accuracy     {TypeRight,4}/{Records,-4} {Percent(TypeRight, Records),6}  (a record is right when an event of its type is coded)"));
        output.WriteLine(Invariant($"type P/R/F1 (pooled)    P {micro.Precision * 100:0.0}%  R {micro.Recall * 100:0.0}%  F1 {micro.F1 * 100:0.0}%"));
        output.WriteLine(Invariant($"source country accuracy {Source.Right,4}/{Source.Total,-4} {Percent(Source.Right, Source.Total),6}  (on the event of the gold type)"));
        output.WriteLine(Invariant($"target country accuracy {Target.Right,4}/{Target.Total,-4} {Percent(Target.Right, Target.Total),6}"));
        output.WriteLine(Invariant($"countries, type coded   {CountriesGivenType.Right,4}/{CountriesGivenType.Total,-4} {Percent(CountriesGivenType.Right, CountriesGivenType.Total),6}  (sources and targets of the records whose type was coded)"));
        output.WriteLine();
        output.WriteLine("type          gold     P      R      F1");
        foreach (var type in Enum.GetValues<PloverType>())
        {
            var (p, r, f) = Of(type);
            var gold = _truePositives[(int)type] + _falseNegatives[(int)type];
            output.WriteLine(Invariant($"{type.ToString().ToUpperInvariant(),-12} {gold,5} {p * 100,5:0.0}% {r * 100,5:0.0}% {f * 100,5:0.0}%"));
        }

        PrintConfusion(output);
    }

    private void PrintConfusion(TextWriter output)
    {
        var columns = Enum.GetValues<PloverType>().Select(t => t.ToString().ToUpperInvariant()).Append(None).ToList();
        output.WriteLine();
        output.WriteLine("confusion: gold type (rows) by coded type (columns; a sentence may code several)");
        output.WriteLine("            " + string.Concat(columns.Select(c => c[..Math.Min(4, c.Length)].PadLeft(5))));
        foreach (var gold in Enum.GetValues<PloverType>())
        {
            output.WriteLine(gold.ToString().ToUpperInvariant().PadRight(12)
                + string.Concat(columns.Select(c => _confusion.TryGetValue((gold, c), out var n) ? n.ToString(CultureInfo.InvariantCulture).PadLeft(5) : "    .")));
        }
    }

    private (int Right, int Total) Country(
        PloverRecord gold, List<CodedEvent> ofType, ActorRole role, IReadOnlyCollection<string> want, (int Right, int Total) so, string text)
    {
        if (want.Count == 0)
        {
            return so;
        }

        var got = ofType.SelectMany(e => e.Actors).Where(a => a.Role == role).ToList();
        var right = got.Any(a => a.Country is not null && want.Contains(a.Country));
        if (!right)
        {
            var coded = ofType.Count == 0 ? "no event of the type" : "[" + string.Join(", ", got.Select(a => $"{a.Span.Of(text)}={a.Country ?? "?"}")) + "]";
            _misses.Add($"{role.ToString().ToLowerInvariant(),-7} {gold.Id} want {string.Join("/", want)} got {coded}: {gold.Text}");
        }

        return (so.Right + (right ? 1 : 0), so.Total + 1);
    }

    private static string Name(PloverRecord gold)
    {
        var type = gold.Type.ToString().ToUpperInvariant();
        return gold.GoldName == type ? type : $"{type} (gold {gold.GoldName})";
    }

    private static string Describe(CodedEvent e, string text) =>
        $"{e.Type.ToString().ToUpperInvariant()}{(e.Mode is null ? "" : "/" + e.Mode)} '{e.Trigger.Of(text)}'";

    private static (double, double, double) Prf(int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static string Percent(int hit, int total) =>
        total == 0 ? "-" : (100.0 * hit / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
