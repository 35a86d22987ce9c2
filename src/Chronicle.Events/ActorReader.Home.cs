using System.Collections.Frozen;

namespace Chronicle.Events;

// The country of the article's politics, read from the article's own evidence: people the dictionary knows, parties, institutions.
internal sealed partial class ActorReader
{
    // Institutions whose bare names belong to one state (`Downing Street`, `the Commons`, `the Kremlin`): news names them
    // without their country, as it does parties. Names shared by several states (`the Treasury`, `the Senate`) are left out.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Institutions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Downing Street"] = "GB", ["Whitehall"] = "GB", ["Westminster"] = "GB", ["House of Commons"] = "GB", ["Commons"] = "GB",
        ["House of Lords"] = "GB", ["Home Office"] = "GB", ["Foreign Office"] = "GB", ["Holyrood"] = "GB", ["Stormont"] = "GB",
        ["Scottish Parliament"] = "GB", ["Scottish Executive"] = "GB", ["Welsh Assembly"] = "GB", ["Ministry of Defence"] = "GB",
        ["White House"] = "US", ["Congress"] = "US", ["Capitol Hill"] = "US", ["Pentagon"] = "US", ["State Department"] = "US",
        ["Kremlin"] = "RU", ["Duma"] = "RU", ["State Duma"] = "RU", ["Knesset"] = "IL", ["Bundestag"] = "DE", ["Elysee"] = "FR",
        ["Élysée"] = "FR", ["Dail"] = "IE", ["Dáil"] = "IE", ["Lok Sabha"] = "IN", ["Rajya Sabha"] = "IN", ["Verkhovna Rada"] = "UA",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private string? home;
    private bool homeRead;
    private HashSet<string>? mentioned;
    private Dictionary<string, string?>? titled;

    /// <summary>
    /// The country of the article's politics: the one most of the people, parties and state institutions it names are
    /// known to serve, when they agree (more mentions than any other country; one is enough when nothing names another).
    /// A bare <c>the government</c> is theirs, not the country most of the article's places are in (a British
    /// minister's visit to Iraq), nor a country named in passing.
    /// </summary>
    private string? Home
    {
        get
        {
            if (!homeRead)
            {
                homeRead = true;
                home = ReadHome();
            }

            return home;
        }
    }

    /// <summary>The country of an institution whose bare name belongs to one state (<c>Downing Street</c>), else null.</summary>
    public static string? InstitutionCountry(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        return Institutions.TryGetValue(name, out var country) ? country : null;
    }

    /// <summary>
    /// The country of a bare noun (<c>police</c>, <c>members</c>, <c>the committee</c>): the article's focus, the country most
    /// of its places are in, unless one place alone puts it there (a namesake town abroad) and the article's politics say otherwise.
    /// </summary>
    private string? GuessedCountry()
    {
        if (view.Focus is not { } focus || Home is not { } politics || politics == focus)
        {
            return view.Focus ?? Home;
        }

        // `Whitehall`, `Westminster` read as namesake towns abroad are no support for the other country.
        var support = 0;
        foreach (var place in view.Found.Places)
        {
            // Nor are towns and regions of the article's own country read as namesakes abroad (`the North East`).
            var name = view.Text.AsSpan(place.Span.Start, place.Span.Length);
            support += place.Place.Country == focus && InstitutionCountry(name) is null
                && !(place.Place.Precision != GeoPrecision.Country && IsNamesakeAbroad(focus, name, place.Place.Precision)) ? 1 : 0;
        }

        return support >= 2 ? focus : politics;
    }

    // `the Bangladesh Nationalist Party ... the BNP`: an abbreviation the article spells out as another party's name is
    // that party, not the one the party list knows by the same letters (Britain's BNP).
    private bool SpelledOutOtherwise(string name)
    {
        if (name.Length is < 2 or > 6 || name.Any(c => !char.IsAsciiLetterUpper(c)))
        {
            return false;
        }

        foreach (var e in view.Found.Entities)
        {
            if (e.Canonical.Length > name.Length && Initials(e.Canonical) == name && parties.Of(e.Canonical, null, null) is null)
            {
                return true;
            }
        }

        return false;
    }

    private static string Initials(string phrase)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }

    private string? ReadHome()
    {
        // Leaders the dictionary knows may be foreign ones the article discusses; parties and institutions are the
        // article's own arena, so they break a tie between the two.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var arena = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in view.Found.Entities)
        {
            // `the Tories`, `Labour`: the parties an article names are of its politics too; so are `Downing Street`, `the Commons`
            // (whatever kind of name the name stage took them for).
            if ((InstitutionCountry(view.Text.AsSpan(e.Span.Start, e.Span.Length))
                ?? (e.Type is EntityType.Org or EntityType.Misc or EntityType.Norp && !SpelledOutOtherwise(e.Canonical) ? parties.Of(e.Canonical, null, null) : null)) is { } named)
            {
                counts[named] = counts.GetValueOrDefault(named) + 1;
                arena[named] = arena.GetValueOrDefault(named) + 1;
            }
            else if (e.Type == EntityType.Person && e.Canonical.Contains(' ', StringComparison.Ordinal)
                && KnownCountry(e.Canonical, partialNames: false) is { } c)
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }

        // With no people, parties or institutions to go by, the regions an article names (`Wales`, `Texas`) are of its politics.
        if (counts.Count == 0)
        {
            foreach (var place in view.Found.Places)
            {
                if (place.Place.Precision == GeoPrecision.Admin1 && place.Place.Country is { Length: > 0 } region
                    && view.Gazetteer.Contains(view.Text.AsSpan(place.Span.Start, place.Span.Length)))
                {
                    counts[region] = counts.GetValueOrDefault(region) + 1;
                }
            }
        }

        var best = counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => arena.GetValueOrDefault(kv.Key))
            .ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(2).ToList();
        return best.Count switch
        {
            0 => null,
            1 => best[0].Key,
            _ => best[0].Value >= 2 && (best[0].Value > best[1].Value || arena.GetValueOrDefault(best[0].Key) > arena.GetValueOrDefault(best[1].Key))
                ? best[0].Key : null,
        };
    }

    /// <summary>
    /// The country of a quote's speaker (<c>we</c> and <c>I</c> in a direct quote are its speaker): read from the mention
    /// of the speaker's entity at or nearest before the speaker's span, as an actor named there would be; else null.
    /// </summary>
    public string? SpeakerCountry(TextSpan speaker, string? entityId)
    {
        var entities = view.Found.Entities;
        var best = -1;
        for (var i = 0; i < entities.Length; i++)
        {
            if (entities[i].Span.Overlaps(speaker) || (entityId is not null && entities[i].EntityId == entityId
                && (best < 0 || entities[i].Span.Start <= speaker.Start)))
            {
                best = i;
                if (entities[i].Span.Overlaps(speaker))
                {
                    break;
                }
            }
        }

        var first = best < 0 ? -1 : view.NextToken(entities[best].Span.Start);
        if (first < 0)
        {
            return null;
        }

        var last = first;
        while (last + 1 < view.Tokens.Length && view.EntityAt[last + 1] == best)
        {
            last++;
        }

        return view.EntityAt[first] == best ? Read(last, first, last).Country : null;
    }

    // The article's politics when the sentence of this token names it by an institution, a party, the state or a region of
    // it, or its people (`Edward X, chairman of the Commons committee`, `In one of Britain's cases, farmer Y`): for an unknown
    // person that says more than a namesake town of another country in the same sentence.
    private string? HomeNamedAround(int t)
    {
        if (Home is not { } politics)
        {
            return null;
        }

        var span = SentenceSpanOf(t);
        foreach (var place in view.Found.Places)
        {
            if (place.Place.Country == politics && place.Place.Precision is GeoPrecision.Country or GeoPrecision.Admin1 && span.Contains(place.Span))
            {
                return politics;
            }
        }

        // `Ex-Labour MP X`, `a Tory-led council`: a party word inside a longer token.
        for (var k = view.NextToken(span.Start); k >= 0 && k < view.Tokens.Length && view.Tokens[k].Span.End <= span.End; k++)
        {
            var word = view.Word(k);
            var hyphen = word.IndexOf('-');
            if (hyphen > 0 && hyphen + 1 < word.Length && (parties.Of(word[(hyphen + 1)..], politics, null) ?? parties.Of(word[..hyphen], politics, null)) == politics)
            {
                return politics;
            }
        }

        foreach (var e in view.Found.Entities)
        {
            if (span.Contains(e.Span) && (InstitutionCountry(view.Text.AsSpan(e.Span.Start, e.Span.Length))
                    ?? (e.Type == EntityType.Person ? null : parties.Of(e.Canonical, politics, null))
                    ?? (e.Type == EntityType.Norp ? view.Gazetteer.CountryOfDemonym(e.Canonical.AsSpan()) : null)) == politics)
            {
                return politics;
            }
        }

        return null;
    }
}
