using System.Collections.Immutable;

namespace Chronicle.Events.Coding;

/// <summary>
/// Gives each coded event its ACLED event and sub-event type and its CAMEO root code from the tables of
/// <c>data/mappings</c>. A demonstration becomes ACLED's "Protest with intervention" when the article codes
/// an arrest or force by the state on protesters in the same sentence or the next, and "Excessive force against
/// protesters" when that force is lethal or armed (ACLED's definitions), rather than "Peaceful protest".
/// </summary>
public sealed class EventCodeMapper(EventCodeMappings mappings) : IStage
{
    private const int StateForces = 1;
    private const int Rioters = 5;
    private const int Protesters = 6;

    internal static readonly AcledType PeacefulProtest = new("Protests", "Peaceful protest");
    internal static readonly AcledType WithIntervention = new("Protests", "Protest with intervention");
    internal static readonly AcledType ExcessiveForce = new("Protests", "Excessive force against protesters");

    /// <inheritdoc />
    public string Name => "event-codes";

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        if (found.Events.IsEmpty)
        {
            return found;
        }

        var sentences = found.Events.Select(e => SentenceOf(found.Sentences, e)).ToArray();
        var coded = ImmutableArray.CreateBuilder<CodedEvent>(found.Events.Length);
        for (var i = 0; i < found.Events.Length; i++)
        {
            var e = found.Events[i];
            var acled = mappings.Acled(e.Type, e.Mode, e.Trigger.Of(document.Text));
            if (acled == PeacefulProtest)
            {
                acled = Intervention(document.Text, found.Events, sentences, i);
            }

            coded.Add(e with { Acled = acled, Cameo = mappings.Cameo(e.Type, e.Mode) });
        }

        return found with { Events = coded.MoveToImmutable() };
    }

    /// <summary>The protest's ACLED sub-event from what the state does to protesters beside it.</summary>
    private AcledType Intervention(string text, ImmutableArray<CodedEvent> events, int[] sentences, int protest)
    {
        if (Killed(events[protest]))
        {
            return ExcessiveForce;
        }

        var result = PeacefulProtest;
        for (var j = 0; j < events.Length; j++)
        {
            var e = events[j];
            var distance = sentences[j] - sentences[protest];
            if (e.Type is not (PloverType.Coerce or PloverType.Assault) || sentences[protest] < 0 || distance is < 0 or > 1
                || !StateOnProtesters(text, e))
            {
                continue;
            }

            if (e.Type == PloverType.Assault && (e.Mode != "crowd-control" || Killed(e)))
            {
                return ExcessiveForce;
            }

            result = WithIntervention;
        }

        return result;
    }

    /// <summary>The source is the state's forces (or unnamed) and the target is protesters (or unnamed).</summary>
    private bool StateOnProtesters(string text, CodedEvent e)
    {
        var sources = e.Actors.Where(a => a.Role == ActorRole.Source).Select(a => Inter(text, a)).ToList();
        var targets = e.Actors.Where(a => a.Role == ActorRole.Target).Select(a => Inter(text, a)).ToList();
        return (sources.Count == 0 || sources.Contains(StateForces))
            && (targets.Count == 0 || targets.Contains(Protesters) || targets.Contains(Rioters));
    }

    private int? Inter(string text, EventActor actor) => mappings.Inter(actor.Span.Of(text)) ?? mappings.Inter(actor.Canonical);

    private static bool Killed(CodedEvent e) => e.Counts.Any(c => c.Kind == CountKind.Killed && c.Quantity.Value > 0);

    private static int SentenceOf(ImmutableArray<Sentence> sentences, CodedEvent e)
    {
        for (var i = 0; i < sentences.Length; i++)
        {
            if (sentences[i].Span.Start <= e.Trigger.Start && e.Trigger.Start < sentences[i].Span.End)
            {
                return i;
            }
        }

        return -1;
    }
}
