using System.Collections.Immutable;
using Chronicle.Recognizers.Places;
using Chronicle.Resolution.Actors;

namespace Chronicle.Events;

/// <summary>
/// One article as the event coder reads it: tokens with their tags, and for each token the name and the place
/// mention it belongs to (indices, -1 for none), plus the article's focus country. Built once per article.
/// </summary>
internal sealed class ArticleView
{
    public ArticleView(Document document, Annotations found, Gazetteer gazetteer, ActorLexicon? known = null, CountryNames? names = null)
    {
        this.known = known;
        Names = names ?? new CountryNames(gazetteer);
        Document = document;
        Found = found;
        Gazetteer = gazetteer;
        Text = document.Text;
        Tokens = found.Tokens;
        Tags = found.PosTags;
        EntityAt = Index(found.Entities.Length, i => found.Entities[i].Span);
        PlaceAt = Index(found.Places.Length, i => found.Places[i].Span);
        TimeAt = Index(found.Times.Length, i => found.Times[i].Span);
        Countries = RankCountries();
        Focus = Countries.IsEmpty ? null : Countries[0];
        DatelineEnd = FindDatelineEnd();
    }

    private readonly ActorLexicon? known;

    /// <summary>The country the actor dictionary gives this person on the article's date, if any.</summary>
    public string? DictionaryCountry(string canonical) => known?.CountryOf(canonical, Document.Published, partialNames: false);

    public Document Document { get; }

    public Annotations Found { get; }

    public Gazetteer Gazetteer { get; }

    /// <summary>States named by an abbreviation, an official name or a misspelling the gazetteer lacks.</summary>
    public CountryNames Names { get; }

    public string Text { get; }

    public System.Collections.Immutable.ImmutableArray<Token> Tokens { get; }

    public System.Collections.Immutable.ImmutableArray<string> Tags { get; }

    public int[] EntityAt { get; }

    public int[] PlaceAt { get; }

    public int[] TimeAt { get; }

    /// <summary>The country most places of the article are in: the home of its unnamed police and protesters.</summary>
    public string? Focus { get; }

    /// <summary>The countries the article names, most named first (ties: first named first).</summary>
    public ImmutableArray<string> Countries { get; }

    /// <summary>The tokens before this one are the article's dateline (<c>LIMA, April 9 (Reuters) -</c>); 0 when it has none.</summary>
    public int DatelineEnd { get; }

    /// <summary>The first token starting at or after <paramref name="position"/>, or -1 when none does.</summary>
    public int NextToken(int position)
    {
        var lo = 0;
        var hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Tokens.Length ? lo : -1;
    }

    public ReadOnlySpan<char> Word(int token) => Text.AsSpan(Tokens[token].Span.Start, Tokens[token].Span.Length);

    public string Tag(int token) => token < Tags.Length ? Tags[token] : "";

    public bool Is(int token, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set) => set.Contains(Word(token));

    public bool IsVerb(int token) => Tag(token).StartsWith("VB", StringComparison.Ordinal);

    public bool IsNoun(int token) => Tag(token).StartsWith("NN", StringComparison.Ordinal);

    public bool IsPunct(int token, char c) => Tokens[token].Span.Length == 1 && Text[Tokens[token].Span.Start] == c;

    /// <summary>Punctuation that closes a clause for argument search: ; : ( ) and dashes.</summary>
    public bool IsClauseBreak(int token)
    {
        if (Tokens[token].Kind != TokenKind.Punctuation || Tokens[token].Span.Length != 1)
        {
            return false;
        }

        // `agreed to changes - but Labour's majority fell`: a hyphen standing between spaces is a dash.
        var start = Tokens[token].Span.Start;
        return Text[start] is ';' or ':' or '(' or ')' or '—' or '–'
            || (Text[start] == '-' && start > 0 && start + 1 < Text.Length && Text[start - 1] == ' ' && Text[start + 1] == ' ');
    }

    /// <summary>True when a town or a site, not a state or its government, is named at this offset (<c>visits Leeds</c>).</summary>
    public bool IsTownAt(int position)
    {
        var k = NextToken(position);
        return k < Tokens.Length && PlaceAt[k] >= 0 && Found.Places[PlaceAt[k]].Place.Precision is GeoPrecision.City or GeoPrecision.Site
            && !IsGovernment(PlaceAt[k]);
    }

    /// <summary>True when the place at this token stands for its government here (<c>Moscow says</c>).</summary>
    public bool IsGovernment(int place) =>
        MetonymyDetector.Read(Text, Found.Places[place].Span) == PlaceReading.Government;

    private int[] Index(int count, Func<int, TextSpan> spanOf)
    {
        var at = new int[Tokens.Length];
        Array.Fill(at, -1);
        var t = 0;
        for (var i = 0; i < count; i++)
        {
            var span = spanOf(i);
            if (t >= Tokens.Length || (t > 0 && Tokens[t].Span.Start > span.Start))
            {
                t = 0;
            }

            while (t < Tokens.Length && Tokens[t].Span.End <= span.Start)
            {
                t++;
            }

            for (var k = t; k < Tokens.Length && Tokens[k].Span.Start < span.End; k++)
            {
                at[k] = i;
            }
        }

        return at;
    }

    private ImmutableArray<string> RankCountries()
    {
        // Count and first position of each country; a tie goes to the one named first, as a lead names its story's country.
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        foreach (var place in Found.Places)
        {
            // A name the gazetteer does not list was given the country around it as a whole: it would count that country twice.
            if (place.Place.Country is { } country && !IsCurrencyPrefix(place.Span)
                && (place.Place.Precision != GeoPrecision.Country || Gazetteer.Contains(Text.AsSpan(place.Span.Start, place.Span.Length))))
            {
                Count(counts, country, place.Span.Start);
            }
        }

        // `Chilean officials`, `the Kenyan police`: nationalities say what the article is about as places do.
        foreach (var entity in Found.Entities)
        {
            // (`on the Chinese border`: the edge of a country is not where a story happens.)
            if (entity.Type == EntityType.Norp && Gazetteer.CountryOfDemonym(entity.Canonical.AsSpan()) is { } country
                && !Borders(entity.Span.End))
            {
                Count(counts, country, entity.Span.Start);
            }
        }

        // `Tony Blair`, `Angela Merkel`: the leaders an article names say whose politics it is about, as places do; a
        // story of a parliament's committees may name no place at all.
        if (known is not null)
        {
            foreach (var entity in Found.Entities)
            {
                if (entity.Type == EntityType.Person && known.CountryOf(entity.Canonical, Document.Published, partialNames: false) is { } country)
                {
                    Count(counts, country, entity.Span.Start);
                }
            }
        }

        return [.. counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key)];
    }

    // `LIMA, April 9 (Reuters) -`, `YEREVAN/BAKU, Sept 7 (AFP) -`: a wire story opens with the place it was filed from,
    // in capitals and followed by a comma, then its date and agency up to a dash. It says where the reporter was, and
    // its words belong to no clause of the lead sentence.
    private int FindDatelineEnd()
    {
        var k = 0;
        while (k < Tokens.Length && (IsCapitals(k) || (k > 0 && IsPunct(k, '/'))))
        {
            k++;
        }

        if (k == 0 || k >= Tokens.Length || !IsPunct(k, ','))
        {
            return 0;
        }

        for (; k < Tokens.Length && k < 20; k++)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation && Word(k) is "-" or "--" or "—" or "–")
            {
                return k + 1;
            }
        }

        return 0;
    }

    private bool IsCapitals(int token)
    {
        var word = Word(token);
        return word.Length >= 2 && Tokens[token].Kind == TokenKind.Word && !word.ContainsAnyInRange('a', 'z');
    }

    // The word after a name is `border` or `frontier` (`the Chinese border`, `the Thai-Myanmar border`).
    private bool Borders(int end)
    {
        var k = end;
        while (k < Text.Length && Text[k] == ' ')
        {
            k++;
        }

        var word = Text.AsSpan(k);
        return word.StartsWith("border", StringComparison.OrdinalIgnoreCase) || word.StartsWith("frontier", StringComparison.OrdinalIgnoreCase);
    }

    // `US $50 million`, `HK$ 3 billion`: a country naming a currency says nothing of where the story is.
    private bool IsCurrencyPrefix(TextSpan span)
    {
        var k = span.End;
        while (k < Text.Length && Text[k] == ' ')
        {
            k++;
        }

        return k < Text.Length && Text[k] == '$';
    }

    private static void Count(Dictionary<string, (int Count, int First)> counts, string country, int at)
    {
        var (count, first) = counts.GetValueOrDefault(country, (0, int.MaxValue));
        counts[country] = (count + 1, Math.Min(first, at));
    }
}
