using System.Collections.Frozen;
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
    private const int Format = 13;

    internal AttributionModel(string version, LinearWeights cue, LinearWeights role, float cueMargin = 0, bool openCandidates = false, bool requireSource = true, FilterSettings? filter = null, CueExtensions? extensions = null)
    {
        Extensions = extensions ?? CueExtensions.Empty;
        Filter = filter?.Weights;
        CandidateMargin = filter?.CandidateMargin ?? cueMargin;
        FilterThreshold = filter?.Threshold ?? 0;
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

    /// <summary>The cue margin at which candidates are proposed to the filter (lower than <see cref="CueMargin"/>).</summary>
    public float CandidateMargin { get; }

    /// <summary>How much the filter's keep score must beat its drop score for a candidate to be kept.</summary>
    public float FilterThreshold { get; }

    /// <summary>
    /// True when the role tagger was trained, and so is decoded, with exact Viterbi (every previous label followed);
    /// false for a beam of the two best (format 7 and before).
    /// </summary>
    public bool ExactRoles { get; private init; }

    internal AttributionModel WithExactRoles(bool exact) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = exact, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>
    /// True when the cue tagger was trained, and so is decoded, as a structured perceptron with exact first-order Viterbi
    /// over each sentence; false when greedily, left to right on its own previous labels (format 9 and before).
    /// </summary>
    public bool ExactCues { get; private init; }

    internal AttributionModel WithExactCues(bool exact) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = exact, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>True when a second stage judges whole candidate attributions.</summary>
    public bool HasFilter => Filter is not null;

    /// <summary>This model with another <see cref="CueMargin"/>.</summary>
    public AttributionModel WithCueMargin(float margin) => new(Version, Cue, Role, margin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>This model with other run-time settings.</summary>
    public AttributionModel With(float margin, bool openCandidates, bool requireSource = true) => new(Version, Cue, Role, margin, openCandidates, requireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>This model without its second stage.</summary>
    public AttributionModel WithoutFilter() => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, null, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>This model with another candidate margin and filter threshold (when it has a filter).</summary>
    public AttributionModel WithFilterSettings(float candidateMargin, float threshold) =>
        Filter is null ? this : new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, new FilterSettings(Filter, candidateMargin, threshold), Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    internal AttributionModel WithFilter(LinearWeights filter, float candidateMargin, float threshold) =>
        new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, new FilterSettings(filter, candidateMargin, threshold), Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    internal LinearWeights? Filter { get; }

    internal CueExtensions Extensions { get; }

    /// <summary>True when the learned cue continuations also extend the rules' cues, not only the model's.</summary>
    public bool ExtendRuleCues { get; private init; }

    /// <summary>This model with the rules' cues extended or not.</summary>
    public AttributionModel WithRuleCueExtension(bool extend) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = extend, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    internal AttributionModel WithExtensions(CueExtensions extensions) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>How many learned cue continuations (<c>said in a statement</c>) the model holds.</summary>
    public int ExtensionCount => Extensions.Keys.Count;

    private FilterSettings? Settings => Filter is null ? null : new FilterSettings(Filter, CandidateMargin, FilterThreshold);

    /// <summary>How many weighted features the two taggers hold.</summary>
    public int FeatureCount => Cue.Keys.Length + Role.Keys.Length;

    internal LinearWeights Cue { get; }

    internal LinearWeights Role { get; }

    /// <summary>When a content goes on into the next sentence (learned from train); empty for none.</summary>
    internal ContentContinuation Continuation { get; private init; } = ContentContinuation.Empty;

    /// <summary>How many situations carry a content into the next sentence.</summary>
    public int ContinuationCount => Continuation.Keys.Count;

    internal AttributionModel WithContinuation(ContentContinuation continuation) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>Where a reported content ends before the role tagger ends it (learned from train); empty for none.</summary>
    internal ContentCuts Cuts { get; private init; } = ContentCuts.Empty;

    /// <summary>How many situations end a reported content.</summary>
    public int CutCount => Cuts.Keys.Count;

    /// <summary>The ranker that chooses where a reported content ends (learned from train); empty for none (format 10 and before).</summary>
    internal ContentEnds Ends { get; private init; } = ContentEnds.Empty;

    /// <summary>How many features the content end ranker has (0 for none).</summary>
    public int EndFeatureCount => Ends.Weights?.Keys.Length ?? 0;

    internal AttributionModel WithEnds(ContentEnds ends) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>
    /// The verb group scorer (<see cref="VerbGroupCues"/>) and the score a group needs to be a cue after the filter;
    /// null for none (format 11 and before).
    /// </summary>
    internal GroupCueSettings? Groups { get; private init; }

    /// <summary>The same model under another version name (a trainer that changed how it was built).</summary>
    internal AttributionModel WithVersion(string version) => new(version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>How many features the verb group scorer has (0 for none).</summary>
    public int GroupFeatureCount => Groups?.Weights.Keys.Length ?? 0;

    internal AttributionModel WithGroups(GroupCueSettings? groups) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = groups, NounScorer = NounScorer };

    internal AttributionModel WithCuts(ContentCuts cuts) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>
    /// The noun cue scorer (<see cref="NounCueScorer"/>) and the score a noun span needs to be a cue after the filter;
    /// null for none (not stored in the model file: set by the trainer when measuring it).
    /// </summary>
    internal NounCueSettings? NounScorer { get; private init; }

    internal AttributionModel WithNounScorer(NounCueSettings? scorer) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = scorer };

    /// <summary>The nouns scored as cue candidates besides those the cue tagger's weights favour (learned from train).</summary>
    internal CueNouns Nouns { get; private init; } = CueNouns.Empty;

    /// <summary>How many noun lemmas are cue candidates besides those the weights favour.</summary>
    public int CueNounCount => Nouns.Lemmas.Count;

    internal AttributionModel WithNouns(CueNouns nouns) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>True when sources are widened to the annotators' extent (<see cref="SourceExtent"/>): a description after them, the noun they modify.</summary>
    public bool WideSources { get; private init; }

    /// <summary>This model with sources widened over their description or not.</summary>
    public AttributionModel WithWideSources(bool widen) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = widen, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>The word classes the taggers were trained with (empty for a model trained without them).</summary>
    internal ClusterMap Clusters { get; private init; } = ClusterMap.Empty;

    /// <summary>How many words have a class in the model.</summary>
    public int ClusterWordCount => Clusters.Classes.Count;

    /// <summary>How often each lemma and word class heads a cue on train (<see cref="CueRates"/>), features of the cue tagger and filter.</summary>
    internal CueRates Rates { get; private init; } = CueRates.Empty;

    /// <summary>How many lemmas and classes have a cue rate.</summary>
    public int RateCount => Rates.Buckets.Count;

    internal AttributionModel WithRates(CueRates rates) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    /// <summary>The reporting words the cue tagger and filter were trained with (<see cref="ReportingWords"/>; empty for none).</summary>
    internal ReportingWords Reporting { get; private init; } = ReportingWords.Empty;

    /// <summary>How many reporting word forms the model holds.</summary>
    public int ReportingWordCount => Reporting.Count;

    internal AttributionModel WithReporting(ReportingWords reporting) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = Clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

    internal AttributionModel WithClusters(ClusterMap clusters) => new(Version, Cue, Role, CueMargin, OpenCandidates, RequireSource, Settings, Extensions) { ExtendRuleCues = ExtendRuleCues, Continuation = Continuation, Cuts = Cuts, Nouns = Nouns, WideSources = WideSources, Clusters = clusters, Rates = Rates, ExactRoles = ExactRoles, ExactCues = ExactCues, Reporting = Reporting, Ends = Ends, Groups = Groups, NounScorer = NounScorer };

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
        if (format is not (1 or 2 or 3 or 4 or 5 or 6 or 7 or 8 or 9 or 10 or 11 or 12 or Format))
        {
            throw new InvalidDataException("Not an attribution model file.");
        }
        var version = reader.ReadString();
        var margin = reader.ReadSingle();
        var open = format >= 2 && reader.ReadBoolean();
        var requireSource = format < 2 || reader.ReadBoolean();
        var cue = ReadTable(reader);
        var role = ReadTable(reader);
        FilterSettings? filter = null;
        if (format >= 3 && reader.ReadBoolean())
        {
            var candidateMargin = reader.ReadSingle();
            var threshold = reader.ReadSingle();
            filter = new FilterSettings(ReadTable(reader), candidateMargin, threshold);
        }
        var extensions = CueExtensions.Empty;
        if (format >= 3)
        {
            var keys = new HashSet<ulong>();
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                keys.Add(reader.ReadUInt64());
            }
            extensions = new CueExtensions(keys);
        }
        var extendRules = format >= 3 && reader.ReadBoolean();
        var continuation = new HashSet<ulong>();
        for (var n = format >= 4 ? reader.ReadInt32() : 0; n > 0; n--)
        {
            continuation.Add(reader.ReadUInt64());
        }
        var cuts = new HashSet<ulong>();
        for (var n = format >= 5 ? reader.ReadInt32() : 0; n > 0; n--)
        {
            cuts.Add(reader.ReadUInt64());
        }
        var nouns = new HashSet<ulong>();
        for (var n = format >= 5 ? reader.ReadInt32() : 0; n > 0; n--)
        {
            nouns.Add(reader.ReadUInt64());
        }
        var appositives = format >= 5 && reader.ReadBoolean();
        var clusters = new Dictionary<ulong, uint>();
        for (var n = format >= 6 ? reader.ReadInt32() : 0; n > 0; n--)
        {
            clusters[reader.ReadUInt64()] = reader.ReadUInt32();
        }
        var rates = new Dictionary<ulong, byte>();
        for (var n = format >= 7 ? reader.ReadInt32() : 0; n > 0; n--)
        {
            rates[reader.ReadUInt64()] = reader.ReadByte();
        }
        var exact = format >= 8 && reader.ReadBoolean();
        var reporting = new Dictionary<ulong, byte>();
        for (var n = format >= 9 ? reader.ReadInt32() : 0; n > 0; n--)
        {
            reporting[reader.ReadUInt64()] = reader.ReadByte();
        }
        var exactCues = format >= 10 && reader.ReadBoolean();
        var ends = format >= 11 && reader.ReadBoolean() ? new ContentEnds(ReadTable(reader)) : ContentEnds.Empty;
        GroupCueSettings? groups = null;
        if (format >= 12 && reader.ReadBoolean())
        {
            var threshold = reader.ReadSingle();
            groups = new GroupCueSettings(ReadTable(reader), threshold);
            if (format >= 13 && reader.ReadBoolean())
            {
                groups = groups with { CandidateThreshold = reader.ReadSingle() };
                groups = reader.ReadBoolean() ? groups with { FilterThreshold = reader.ReadSingle() } : groups;
            }
        }
        return new AttributionModel(version, cue, role, margin, open, requireSource, filter, extensions)
        {
            ExactRoles = exact,
            ExactCues = exactCues,
            Reporting = reporting.Count == 0 ? ReportingWords.Empty : new ReportingWords(reporting.ToFrozenDictionary()),
            Rates = rates.Count == 0 ? CueRates.Empty : new CueRates(rates.ToFrozenDictionary()),
            ExtendRuleCues = extendRules,
            Continuation = new ContentContinuation(continuation),
            Cuts = new ContentCuts(cuts),
            Ends = ends,
            Groups = groups,
            Nouns = new CueNouns(nouns),
            WideSources = appositives,
            Clusters = clusters.Count == 0 ? ClusterMap.Empty : new ClusterMap(clusters.ToFrozenDictionary()),
        };
    }

    /// <summary>Writes the model as gzip over keys and half-precision weights.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        // A model whose group scorer proposes no candidates to the filter is written as format 12, one without a verb
        // group scorer as format 11, and one without a content end ranker either as format 10, byte for byte as before.
        writer.Write(Groups?.CandidateThreshold is not null ? Format : Groups is not null ? Format - 1 : Ends.Weights is not null ? Format - 2 : Format - 3);
        writer.Write(Version);
        writer.Write(CueMargin);
        writer.Write(OpenCandidates);
        writer.Write(RequireSource);
        WriteTable(writer, Cue);
        WriteTable(writer, Role);
        writer.Write(Filter is not null);
        if (Filter is not null)
        {
            writer.Write(CandidateMargin);
            writer.Write(FilterThreshold);
            WriteTable(writer, Filter);
        }
        writer.Write(Extensions.Keys.Count);
        foreach (var key in Extensions.Keys.Order())
        {
            writer.Write(key);
        }
        writer.Write(ExtendRuleCues);
        writer.Write(Continuation.Keys.Count);
        foreach (var key in Continuation.Keys.Order())
        {
            writer.Write(key);
        }
        writer.Write(Cuts.Keys.Count);
        foreach (var key in Cuts.Keys.Order())
        {
            writer.Write(key);
        }
        writer.Write(Nouns.Lemmas.Count);
        foreach (var key in Nouns.Lemmas.Order())
        {
            writer.Write(key);
        }
        writer.Write(WideSources);
        writer.Write(Clusters.Classes.Count);
        foreach (var (key, packed) in Clusters.Classes.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(packed);
        }
        writer.Write(Rates.Buckets.Count);
        foreach (var (key, bucket) in Rates.Buckets.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(bucket);
        }
        writer.Write(ExactRoles);
        writer.Write(Reporting.Classes.Count);
        foreach (var (key, c) in Reporting.Classes.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(c);
        }
        writer.Write(ExactCues);
        if (Ends.Weights is { } endWeights)
        {
            writer.Write(true);
            WriteTable(writer, endWeights);
        }
        else if (Groups is not null)
        {
            writer.Write(false);
        }
        if (Groups is not null)
        {
            writer.Write(true);
            writer.Write(Groups.Threshold);
            WriteTable(writer, Groups.Weights);
            if (Groups.CandidateThreshold is { } candidateThreshold)
            {
                writer.Write(true);
                writer.Write(candidateThreshold);
                writer.Write(Groups.FilterThreshold is not null);
                if (Groups.FilterThreshold is { } filterThreshold)
                {
                    writer.Write(filterThreshold);
                }
            }
        }
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

    /// <summary>
    /// The verb group scorer, the score a group needs to be a cue after the filter (positive infinity: none is), and,
    /// when not null, the score a group needs to be a candidate the filter judges with the tagger's (format 13).
    /// A group candidate passes the filter at <paramref name="FilterThreshold"/> when not null, else at the tagger's.
    /// </summary>
    internal sealed record GroupCueSettings(LinearWeights Weights, float Threshold, float? CandidateThreshold = null, float? FilterThreshold = null);

    /// <summary>The noun cue scorer and the score a noun span needs to be a cue after the filter.</summary>
    internal sealed record NounCueSettings(LinearWeights Weights, float Threshold, bool RequireSource = true);

    internal sealed record FilterSettings(LinearWeights Weights, float CandidateMargin, float Threshold);
}
