namespace Chronicle.Events;

/// <summary>
/// What the coder knows of an event that says how likely it is to be right: its type group, which actors it has and of
/// what kind (a named entity, a state, a post, a pronoun, a nationality or group, a common noun), its modality, its
/// trigger, its quote, date and place, and how crowded its sentence is. Read from the coder's own mentions, never from
/// the wording of an article; <see cref="ConfidenceModel"/> weighs them (<c>data/events/confidence/</c>).
/// </summary>
internal static class EventFeatures
{
    /// <summary>The features' names, in the order of the vectors <see cref="Of"/> gives; the weights file uses them.</summary>
    public static readonly string[] Names =
    [
        "bias", "type:claim", "type:talk", "type:accord",
        "source", "target",
        "source:named", "source:state", "source:post", "source:pronoun", "source:group",
        "target:named", "target:state", "target:post", "target:pronoun", "target:group",
        "modality:reported", "modality:other",
        "curated", "noun", "quote", "date", "place",
        "evidence", "merged", "crowded", "distance",
    ];

    private const int Bias = 0;
    private const int Source = 4;
    private const int Target = 5;
    private const int SourceKinds = 6;
    private const int TargetKinds = 11;
    private const int Reported = 16;
    private const int OtherModality = 17;
    private const int Curated = 18;
    private const int Date = 21;
    private const int Place = 22;

    /// <summary>One vector per kept event, in order; <paramref name="isState"/> says whether an actor is named by its country.</summary>
    public static double[][] Of(ArticleView view, IReadOnlyList<Mention> kept, Func<EventActor, bool> isState)
    {
        var vectors = new double[kept.Count][];
        for (var i = 0; i < kept.Count; i++)
        {
            var e = kept[i];
            var x = new double[Names.Length];
            x[Bias] = 1;
            if (Group(e.Type) is > 0 and var group)
            {
                x[group] = 1;
            }

            Actor(view, e, ActorRole.Source, Source, SourceKinds, x, isState);
            Actor(view, e, ActorRole.Target, Target, TargetKinds, x, isState);
            x[Reported] = e.Modality == Modality.Reported ? 1 : 0;
            x[OtherModality] = e.Modality is Modality.Asserted or Modality.Reported ? 0 : 1;
            x[Curated] = e.Curated ? 1 : 0;
            x[19] = e.Noun ? 1 : 0;
            x[20] = e.Quote is null ? 0 : 1;
            x[Date] = e.Date is null ? 0 : 1;
            x[Place] = e.Place is null ? 0 : 1;
            x[23] = Math.Min(e.Evidence.Length, 300) / 300.0;
            x[24] = e.LastSentence > e.Sentence ? 1 : 0;
            var others = 0;
            foreach (var other in kept)
            {
                others += other != e && other.Sentence == e.Sentence ? 1 : 0;
            }

            x[25] = Math.Min(others, 3) / 3.0;
            x[26] = Distance(view, e);
            vectors[i] = x;
        }

        return vectors;
    }

    /// <summary>
    /// The hand-set confidence the coder gave before a model was learned (curated trigger 0.45 else 0.3, +0.2 a source,
    /// +0.15 a target, +0.05 a date, +0.05 a place, -0.1 unless asserted or reported): the baseline the model is
    /// measured against, and the confidence when no model is loaded.
    /// </summary>
    public static double HandSet(ReadOnlySpan<double> x)
    {
        var c = x[Curated] > 0 ? 0.45 : 0.3;
        c += x[Source] > 0 ? 0.2 : 0;
        c += x[Target] > 0 ? 0.15 : 0;
        c += x[Date] > 0 ? 0.05 : 0;
        c += x[Place] > 0 ? 0.05 : 0;
        c -= x[OtherModality] > 0 ? 0.1 : 0;
        return Math.Round(Math.Clamp(c, 0.05, 0.95), 2);
    }

    // Sparse types share a weight with their kin (198 labels): claims and demands name who makes them and to whom, talks
    // and refusals have two parties, accords are often a party's stance to no one; material acts are the reference.
    private static int Group(PloverType type) => type switch
    {
        PloverType.Accuse or PloverType.Request => 1,
        PloverType.Consult or PloverType.Reject or PloverType.Threaten => 2,
        PloverType.Agree or PloverType.Support or PloverType.Concede or PloverType.Cooperate => 3,
        _ => 0,
    };

    private static void Actor(ArticleView view, Mention e, ActorRole role, int present, int kinds, double[] x, Func<EventActor, bool> isState)
    {
        if (e.Actors.Find(a => a.Role == role) is not { } actor)
        {
            return;
        }

        x[present] = 1;
        if (KindOf(view, actor, isState) is var kind and not ActorKind.Generic)
        {
            x[kinds + (int)kind - 1] = 1;
        }
    }

    /// <summary>What kind of words name an actor: the first that holds of pronoun, state, named entity, group, post.</summary>
    public static ActorKind KindOf(ArticleView view, EventActor actor, Func<EventActor, bool> isState)
    {
        var surface = actor.Span.Of(view.Text);
        if (WordSets.FirstPerson.Contains(surface) || WordSets.ThirdPerson.Contains(surface) || surface is "He" or "She" or "They" or "It"
            || surface.Equals("them", StringComparison.OrdinalIgnoreCase) || surface.Equals("him", StringComparison.OrdinalIgnoreCase)
            || surface.Equals("her", StringComparison.OrdinalIgnoreCase) || surface.Equals("us", StringComparison.OrdinalIgnoreCase))
        {
            return ActorKind.Pronoun;
        }

        var entity = EntityIn(view, actor.Span);
        if (isState(actor) || entity?.Type == EntityType.Gpe)
        {
            return ActorKind.State;
        }

        if (actor.EntityId is not null)
        {
            return ActorKind.Named;
        }

        if (entity?.Type == EntityType.Norp)
        {
            return ActorKind.Group;
        }

        foreach (var word in actor.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (WordSets.Titles.Contains(word) || word is "MP" or "MPs" or "MSP" or "MEP" or "peer" or "peers")
            {
                return ActorKind.Post;
            }
        }

        return ActorKind.Generic;
    }

    private static EntityMention? EntityIn(ArticleView view, TextSpan span)
    {
        if (span.Length == 0)
        {
            return null;
        }

        for (var k = view.NextToken(span.Start); k >= 0 && k < view.Tokens.Length && view.Tokens[k].Span.Start < span.End; k++)
        {
            if (view.EntityAt[k] >= 0)
            {
                return view.Found.Entities[view.EntityAt[k]];
            }
        }

        return null;
    }

    // Tokens between the trigger and its nearest source, out of 20: a source far from its verb is more often a wrong one.
    private static double Distance(ArticleView view, Mention e)
    {
        var trigger = view.NextToken(e.Trigger.Start);
        var best = int.MaxValue;
        foreach (var a in e.Actors)
        {
            if (a.Role != ActorRole.Source || a.Span.Length == 0 || trigger < 0)
            {
                continue;
            }

            var first = view.NextToken(a.Span.Start);
            var after = view.NextToken(a.Span.End);
            var last = Math.Max(first, after < 0 ? view.Tokens.Length - 1 : after - 1);
            var d = last < trigger ? trigger - last : first > trigger ? first - trigger : 0;
            best = Math.Min(best, d);
        }

        return best == int.MaxValue ? 0 : Math.Min(best, 20) / 20.0;
    }
}
