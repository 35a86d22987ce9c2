using System.Collections.Immutable;

namespace Chronicle.Recognizers.Places;

/// <summary>
/// Resolves the place names of one article together: candidates by name and alternate name, ranked by
/// population and feature, the article's country focus (named countries, demonyms, places already
/// resolved), the divisions named, nearness to the other places, and <c>X, Y</c> qualifiers.
/// Names the gazetteer lacks get the best containing place, with a precision that says so.
/// </summary>
public sealed class PlaceResolver(Gazetteer gazetteer)
{
    private const int Passes = 3;

    // What lying near another name's candidate is worth (up to twice, for two such names).
    private const double TogetherWeight = 1.5;

    // A town must be this large to be meant rather than the division it shares its name with.
    private const long TownBesideDivision = 100_000;

    // A division of this many people (England, Scotland, a US state) named by its own name is meant rather than
    // a town anywhere smaller than VillageBesideGreatDivision that bears its name.
    private const long GreatDivision = 1_000_000;

    private const long VillageBesideGreatDivision = 10_000;

    // A national capital of this many people is meant rather than a town of the same name smaller than
    // TownBesideGreatCapital in no division the article names, even in an article about the town's country (Brussels,
    // not Brussels in Wisconsin; `Washington and Moscow`, not Moscow in Idaho).
    private const long GreatCapital = 1_000_000;

    private const long TownBesideGreatCapital = 100_000;

    // A division placed within this distance of its namesake town was placed at that town.
    private const double SeatKm = 50;

    /// <summary>One place for each mention (in the order given); null where nothing could be said.</summary>
    public ImmutableArray<Place?> Resolve(string text, IReadOnlyList<TextSpan> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var slots = new MentionSlot[mentions.Count];
        var named = new ArticleContext(gazetteer);
        named.AddDemonyms(text);
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = MentionSlot.Create(gazetteer, text, mentions[i]);
            named.AddNamed(slots[i]);
        }

        ShareQualifiers(slots);
        var divisions = DivisionsNamed(slots);
        var together = Colocation.Support(gazetteer, slots);
        var listed = ListedNames.Find(text, mentions);
        var context = named;
        var free = new ArticleContext(gazetteer);

        // The first pass reads the article in order, the focus updated by each place resolved so far; later
        // passes see every place of the article and how near the candidates lie to each other. A name's own
        // picks never count as its context: `Mexico` once taken for Mexico City must not vote for itself.
        for (var pass = 0; pass < Passes; pass++)
        {
            var picks = named.Copy();
            var previous = Array.ConvertAll(slots, s => s.Pick);
            var others = new Dictionary<string, ArticleContext>(StringComparer.OrdinalIgnoreCase);
            var counted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < slots.Length; i++)
            {
                var around = pass == 0 ? picks : OtherNames(slots, previous, named, others, i, free);
                slots[i].Pick = Best(slots[i], around, slots, divisions, pass, i, together[i], listed[i]);
                if (slots[i].Pick >= 0 && counted.Add(slots[i].Name))
                {
                    picks.AddPick(gazetteer.Entry(slots[i].Pick), Sureness(slots[i], slots[i].Pick, free));
                }
            }

            context = picks;
        }

        var result = ImmutableArray.CreateBuilder<Place?>(slots.Length);
        foreach (var slot in slots)
        {
            result.Add(slot.Surface.Length == 0 ? null : ToPlace(slot, context));
        }

        return result.MoveToImmutable();
    }

    // What the article says around a name: the named places and the last pass's picks for every other name.
    // Each pick counts by how sure it is of itself (see Sureness), so the places of an article agree on a
    // country led by the names that are plain, not by guesses.
    private ArticleContext OtherNames(
        MentionSlot[] slots, int[] previous, ArticleContext named, Dictionary<string, ArticleContext> cache, int self, ArticleContext free)
    {
        var name = slots[self].Name;
        if (!cache.TryGetValue(name, out var around))
        {
            around = named.Copy();
            var counted = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
            for (var j = 0; j < slots.Length; j++)
            {
                // A name said five times is still one reading: it counts once.
                if (previous[j] >= 0 && counted.Add(slots[j].Name))
                {
                    around.AddPick(gazetteer.Entry(previous[j]), Sureness(slots[j], previous[j], free));
                }
            }

            cache[name] = around;
        }

        return around;
    }

    // How sure a pick is without the article's help, from 0.05 to 1: a country, a division or a city of
    // 100,000 is sure of itself, a village of 1,000 is a guess; and a pick that barely beats (or only with
    // the article's help beats) a namesake in another country is as unsure as that margin.
    private double Sureness(MentionSlot slot, int pick, ArticleContext free)
    {
        var entry = gazetteer.Entry(pick);
        var strength = entry.Precision == GeoPrecision.City ? Math.Clamp((Math.Log10(entry.Population + 1) - 3) / 2, 0.1, 1) : 1;
        var own = Score(entry, slot, free);
        var rival = double.NegativeInfinity;
        foreach (var candidate in slot.Candidates)
        {
            var other = gazetteer.Entry(candidate);
            if (other.Country != entry.Country)
            {
                rival = Math.Max(rival, Score(other, slot, free));
            }
        }

        var margin = double.IsNegativeInfinity(rival) ? 1 : Math.Clamp((own - rival) / 2, 0.1, 1);
        return strength * margin;
    }

    // One sense per article: `Springfield, Illinois` once makes every later `Springfield` the one in Illinois.
    private static void ShareQualifiers(MentionSlot[] slots)
    {
        foreach (var qualified in slots)
        {
            if (qualified.QualifierCountry is null)
            {
                continue;
            }

            foreach (var other in slots)
            {
                if (other.QualifierCountry is null && string.Equals(other.Name, qualified.Name, StringComparison.OrdinalIgnoreCase))
                {
                    other.Qualify(qualified.QualifierCountry, qualified.QualifierAdmin1);
                }
            }
        }
    }

    // Divisions that some mention could name, with the mentions that could name them: a town whose
    // division is named elsewhere in the article (`Gainesville` ... `Georgia`) is likely in it, and a
    // division with towns of the article in it (`Georgia` beside `Gainesville`) is likely that division.
    private Dictionary<(string, string), List<int>> DivisionsNamed(MentionSlot[] slots)
    {
        var named = new Dictionary<(string, string), List<int>>();
        for (var i = 0; i < slots.Length; i++)
        {
            foreach (var candidate in slots[i].Candidates)
            {
                var entry = gazetteer.Entry(candidate);
                if (entry.Precision == GeoPrecision.Admin1)
                {
                    if (!named.TryGetValue((entry.Country, entry.Admin1), out var list))
                    {
                        named[(entry.Country, entry.Admin1)] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        return named;
    }

    private int Best(
        MentionSlot slot, ArticleContext context, MentionSlot[] slots, Dictionary<(string, string), List<int>> divisions, int pass, int self,
        double[] together, int[] listed)
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        var supported = SupportedDivisions(slot, slots, divisions, self);
        var divisionCountry = DivisionNamed(slot);
        var great = divisionCountry is not null && GreatDivisionNamed(slot);
        var seated = slot.CalledDivision ? (null, -1) : SeatedDivision(slot);
        var listedKind = pass > 0 ? ListedNames.Kind(gazetteer, slot, slots, listed) : null;
        var bare = IsCompassName(slot.Name);
        var capital = GreatCapitalAmong(slot);
        var capitalListed = pass > 0 && slot.QualifierCountry is null && CapitalAmong(slot) && ListedNames.CapitalListed(gazetteer, slots, listed);
        for (var k = 0; k < slot.Candidates.Length; k++)
        {
            var candidate = slot.Candidates[k];
            var entry = gazetteer.Entry(candidate);
            if (entry.Precision == GeoPrecision.City && entry.Country == divisionCountry && entry.Population < TownBesideDivision)
            {
                // `California`, `Oregon`: a name that is a division's own name means the division, not one of
                // the small towns of that country named after it (California, Missouri), whatever else the
                // article names. Towns abroad stay candidates: `Swansea` in South Carolina is no Welsh county.
                continue;
            }

            if (capital && entry.Precision == GeoPrecision.City && entry.FeatureCode != "PPLC" && entry.Population < TownBesideGreatCapital
                && context.Admin1Share(entry.Country, entry.Admin1) == 0)
            {
                // `Washington accused Brussels`: a town of the article's country in no division it names does not
                // outweigh a great capital of that name (Brussels, Wisconsin is not meant).
                continue;
            }

            if (capitalListed && entry.Precision == GeoPrecision.City && entry.FeatureCode != "PPLC" && entry.Population < TownBesideGreatCapital)
            {
                // `Washington and London warned Iraq`: a name listed beside a national capital is the great capital of
                // that name, not a town named after it near the other (Washington, Tyne and Wear).
                continue;
            }

            if (entry == seated.Division)
            {
                // `London`: a division known only through its namesake seat is that city, not a division of the
                // same point that outscores the city by holding every town the article names around it.
                continue;
            }

            if (great && entry.Precision == GeoPrecision.City && entry.Population < VillageBesideGreatDivision)
            {
                // `England` beside `Whitehall`: two villages of one US state that lie together do not outweigh
                // a nation of millions named by its own name.
                continue;
            }

            if ((slot.CalledDivision && entry.Precision != GeoPrecision.Admin1 && divisionCountry is not null)
                || (listedKind is not null && !ListedNames.SameKind(candidate == seated.Seat ? seated.Division! : entry, listedKind)))
            {
                // `Washington state`, `Alberta, Manitoba and Ontario`: the division the text calls it or lists
                // it among, not the capital or a town of the same name.
                continue;
            }

            if (slot.Contained && context.HasDivisions && context.Admin1Share(entry.Country, entry.Admin1) == 0)
            {
                continue;
            }

            if (bare && context.CountryShare(entry.Country) == 0)
            {
                // `North East`, `the West`: a compass name is a region of whatever country the article is about;
                // a country's division or town of that name is meant only where the article is about that country.
                continue;
            }

            var score = Score(entry, slot, context) + (TogetherWeight * Math.Min(2, together[k]));
            if (entry.Precision == GeoPrecision.City
                && divisions.TryGetValue((entry.Country, entry.Admin1), out var namers) && namers.Exists(n => n != self && slots[n].Name != slot.Name))
            {
                score += 3;
            }
            else if (entry.Precision == GeoPrecision.Admin1 && supported.Contains((entry.Country, entry.Admin1)))
            {
                score += 2;
            }
            if (pass > 0)
            {
                score += Nearness(entry, slots, self) + ListedNames.Support(gazetteer, entry, slots, listed);
            }

            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    // A national capital among the mention's candidates.
    private bool CapitalAmong(MentionSlot slot) =>
        slot.Candidates.Any(c => gazetteer.Entry(c).FeatureCode == "PPLC");

    // A national capital of a million or so among the mention's candidates.
    private bool GreatCapitalAmong(MentionSlot slot)
    {
        foreach (var candidate in slot.Candidates)
        {
            var entry = gazetteer.Entry(candidate);
            if (entry.FeatureCode == "PPLC" && entry.Population >= GreatCapital)
            {
                return true;
            }
        }

        return false;
    }

    // The country of a first-level division that the mention names by its own main name, if any.
    private string? DivisionNamed(MentionSlot slot)
    {
        foreach (var candidate in slot.Candidates)
        {
            var entry = gazetteer.Entry(candidate);
            if (entry.Precision == GeoPrecision.Admin1 && string.Equals(entry.Name, slot.Name, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Country;
            }
        }

        return null;
    }

    // Whether the mention names a first-level division of GreatDivision people or more by its own main name.
    private bool GreatDivisionNamed(MentionSlot slot)
    {
        foreach (var candidate in slot.Candidates)
        {
            var entry = gazetteer.Entry(candidate);
            if (entry.Precision == GeoPrecision.Admin1 && entry.Population >= GreatDivision
                && string.Equals(entry.Name, slot.Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A division of the mention known only through its seat (no population: the gazetteer placed it at the largest
    // town of its name, its own towns unknown) whose seat, a town of TownBesideDivision people or more, is also a
    // candidate: the town stands for the division. Null (and -1) when there is none.
    private (GazetteerEntry? Division, int Seat) SeatedDivision(MentionSlot slot)
    {
        foreach (var d in slot.Candidates)
        {
            var division = gazetteer.Entry(d);
            if (division.Precision != GeoPrecision.Admin1 || division.Population > 0)
            {
                continue;
            }

            foreach (var candidate in slot.Candidates)
            {
                var town = gazetteer.Entry(candidate);
                if (town.Precision == GeoPrecision.City && town.Country == division.Country && town.Population >= TownBesideDivision
                    && string.Equals(OwnName(town.Name), slot.Name, StringComparison.OrdinalIgnoreCase)
                    && GeoMath.DistanceKm(town.Latitude, town.Longitude, division.Latitude, division.Longitude) < SeatKm)
                {
                    return (division, candidate);
                }
            }
        }

        return (null, -1);
    }

    // The divisions of this mention's candidates that hold a town named elsewhere in the article.
    private HashSet<(string, string)> SupportedDivisions(
        MentionSlot slot, MentionSlot[] slots, Dictionary<(string, string), List<int>> divisions, int self)
    {
        var supported = new HashSet<(string, string)>();
        if (!Array.Exists(slot.Candidates, c => gazetteer.Entry(c).Precision == GeoPrecision.Admin1))
        {
            return supported;
        }

        for (var j = 0; j < slots.Length; j++)
        {
            if (j == self || slots[j].Name == slot.Name)
            {
                continue;
            }

            foreach (var candidate in slots[j].Candidates)
            {
                var entry = gazetteer.Entry(candidate);
                if (entry.Precision == GeoPrecision.City && entry.Population >= 1000 && divisions.ContainsKey((entry.Country, entry.Admin1)))
                {
                    supported.Add((entry.Country, entry.Admin1));
                }
            }
        }

        return supported;
    }

    private static double Score(GazetteerEntry entry, MentionSlot slot, ArticleContext context)
    {
        var score = entry.Precision switch
        {
            GeoPrecision.Country => string.Equals(entry.Name, slot.Name, StringComparison.OrdinalIgnoreCase) ? 9.5 : 8.5,
            GeoPrecision.Admin1 => 6.5,
            _ => Math.Log10(entry.Population + 1) + FeatureBonus(entry.FeatureCode),
        };
        if (slot.Stripped && entry.Precision == GeoPrecision.Country)
        {
            score -= 4;
        }

        score += 5 * context.CountryShare(entry.Country);
        if (entry.Precision == GeoPrecision.City)
        {
            score += 3 * context.Admin1Share(entry.Country, entry.Admin1);
        }

        if (slot.QualifierCountry is { } country)
        {
            var fits = entry.Country == country && (slot.QualifierAdmin1 is null || slot.QualifierAdmin1 == entry.Admin1);
            score += fits ? 20 : -5;
        }

        var own = OwnName(entry.Name);
        if (string.Equals(own, slot.Name, StringComparison.Ordinal))
        {
            score += 0.5;
        }
        else if (entry.Precision != GeoPrecision.Country && !string.Equals(own, slot.Name, StringComparison.OrdinalIgnoreCase))
        {
            // Matched through an alternate name only: a town's old or foreign name (`Paris` for a Georgia town)
            // is far less often meant than a place that bears the name.
            score -= 2.25;
        }

        return score;
    }

    private static readonly string[] KindPrefixes = ["City of ", "Town of ", "Borough of ", "Municipality of "];

    /// <summary>
    /// A place's main name less a leading kind phrase: <c>City of Westminster</c> bears the name <c>Westminster</c>
    /// as much as a town called so, and is no alternate-name match.
    /// </summary>
    internal static string OwnName(string name)
    {
        foreach (var prefix in KindPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    private double Nearness(GazetteerEntry entry, MentionSlot[] slots, int self)
    {
        if (entry.Precision != GeoPrecision.City)
        {
            return Holds(entry, slots, self) ? 3 : 0;
        }

        var nearest = double.PositiveInfinity;
        for (var j = 0; j < slots.Length; j++)
        {
            var other = slots[j];
            if (j == self || other.Pick < 0 || string.Equals(other.Name, slots[self].Name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var o = gazetteer.Entry(other.Pick);
            if (o.Precision == GeoPrecision.City)
            {
                nearest = Math.Min(nearest, GeoMath.DistanceKm(entry.Latitude, entry.Longitude, o.Latitude, o.Longitude));
            }
        }

        return double.IsPositiveInfinity(nearest) ? 0 : 3 * Math.Max(0, 1 - (nearest / 300));
    }

    // A country or division holding another place of the article: `Mexico` beside `Oaxaca` is the country.
    private bool Holds(GazetteerEntry area, MentionSlot[] slots, int self)
    {
        for (var j = 0; j < slots.Length; j++)
        {
            if (j == self || slots[j].Pick < 0 || string.Equals(slots[j].Name, slots[self].Name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var o = gazetteer.Entry(slots[j].Pick);
            if (o.Country == area.Country && (area.Precision == GeoPrecision.Country || o.Admin1 == area.Admin1) && o.Precision < area.Precision)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CompassWords =
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle", "upper", "lower",
        "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    ];

    /// <summary>Whether a name is made of compass and position words only (<c>North East</c>, <c>Upper West</c>).</summary>
    internal static bool IsCompassName(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && Array.TrueForAll(words, w => Array.Exists(CompassWords, c => string.Equals(c, w, StringComparison.OrdinalIgnoreCase)));
    }

    private static readonly string[] StreetAndBuildingWords =
    [
        "street", "road", "lane", "avenue", "square", "chambers", "house", "hall", "palace", "prison", "centre", "center",
        "hospital", "station", "building",
    ];

    /// <summary>Whether a name ends in a word for a street or a building (<c>Downing Street</c>, <c>Matrix Chambers</c>).</summary>
    internal static bool IsStreetOrBuilding(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && Array.Exists(StreetAndBuildingWords, w => string.Equals(w, name[(space + 1)..], StringComparison.OrdinalIgnoreCase));
    }

    private static double FeatureBonus(string code) => code switch
    {
        "PPLC" => 1.5,
        "PPLA" => 0.75,
        "PPLA2" => 0.1,
        "PPLX" => -0.75,
        "PPLH" or "PPLQ" or "PPLW" => -2,
        _ => 0,
    };

    private Place? ToPlace(MentionSlot slot, ArticleContext context)
    {
        // A county (`Henderson County`) is better placed at the article's main town in its division than
        // at a namesake town that may lie outside it.
        if (slot.Contained && slot.Pick >= 0 && context.Container() is { } home
            && home.Country == gazetteer.Entry(slot.Pick).Country && home.Admin1 == gazetteer.Entry(slot.Pick).Admin1)
        {
            return home.ToSitePlace(slot.Surface);
        }

        if (slot.Pick >= 0)
        {
            var entry = gazetteer.Entry(slot.Pick);
            return slot.Contained ? entry.ToSitePlace(slot.Surface) : entry.ToPlace();
        }

        if (slot.DemonymCountry is { } demonym && gazetteer.Country(demonym) is { } country)
        {
            return country.ToPlace();
        }

        if (slot.QualifierCountry is { } qualified && context.ContainerIn(qualified, slot.QualifierAdmin1) is { } land)
        {
            // `Camp Nowhere, Iraq`: a site the gazetteer lacks lies in the country (or division) its qualifier names.
            return land.ToSitePlace(slot.Surface);
        }

        var around = IsStreetOrBuilding(slot.Surface) ? context.LocalContainer() : context.Container();
        return around?.ToSitePlace(slot.Surface);
    }
}
