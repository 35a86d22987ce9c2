using System.Collections.Frozen;

namespace Chronicle.Events;

/// <summary>
/// What an article as a whole reports, where that changes what its words mean. In a sports report `beat`, `bombed him
/// with a right hand`, `pulled out` and `offered him a deal` are the game and its business; in a report on software an
/// `attack` is on computers and `mobilised its engineers` is work. In a report of an earthquake, a storm or a crash,
/// those killed, hurt or made homeless with no one named to have done it are the hazard's toll.
/// </summary>
internal static class StoryKind
{
    // Words of games and their reports that politics and crime news seldom use. One alone may be a figure of speech (`a
    // knockout blow`, `the election season`), so a report is told by several different ones; so are those on software.
    private const int WordsOfAReport = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SportWords = Set(
        "middleweight", "welterweight", "cruiserweight", "knockout", "ko", "kos", "bout", "bouts", "referee", "boxing", "boxer",
        "playoff", "playoffs", "touchdown", "touchdowns", "quarterback", "innings", "pitcher", "baseman", "baseball", "football",
        "basketball", "soccer", "rugby", "hockey", "tennis", "golf", "cricket", "tournament", "championship", "championships",
        "stadium", "rookie", "striker", "midfielder", "goalkeeper", "teammate", "teammates", "scored", "season", "nfl", "nba",
        "mlb", "nhl", "fifa", "uefa", "yards", "rebounds", "halftime", "quarterfinal", "semifinal", "premiership", "midfield",
        "equaliser", "scorer", "wicket", "wickets", "batsman", "bowler", "sprinter", "athletics", "marathon", "unbeaten",
        "champion", "champions", "fixture", "fixtures", "slam", "medal", "medals", "coach", "squad", "matches");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SoftwareWords = Set(
        "malware", "spyware", "adware", "firmware", "browser", "browsers", "vulnerability", "vulnerabilities", "patch", "patches",
        "hackers", "hacker", "exploit", "exploits", "exploited", "software", "antivirus", "phishing", "bug", "bugs", "plug-in",
        "pcs", "smartphone", "smartphones", "download", "downloads", "downloaded", "server", "servers", "trojan", "hijack");

    // Disasters a report may lead with. Not fire, which is as often set or opened by someone, nor figures of a hazard (`a
    // wave of bombings`, `a storm of protest`) that follow their noun.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Disasters = Set(
        "earthquake", "earthquakes", "quake", "quakes", "aftershock", "aftershocks", "tremor", "tremors", "tsunami", "flood",
        "floods", "flooding", "storm", "storms", "hurricane", "cyclone", "typhoon", "tornado", "avalanche", "landslide", "landslides",
        "mudslide", "eruption", "volcano", "blizzard", "wildfire", "wildfires", "heatwave", "drought", "crash", "accident", "derailment");

    // A title names what it reports in its first words (`Quake hits island`, `Powerful aftershocks jolt Qeshm`).
    private const int TitleOpening = 3;

    // Arms the weapon words of war leave out, which crime and riot news name (`re-entered with a handgun`, `a knife attack`).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Arms = Set(
        "gun", "handgun", "handguns", "pistol", "pistols", "rifle", "shotgun", "knife", "knives", "bullet", "gunfire", "gunshot",
        "gunshots", "firebomb", "firebombs", "molotov", "explosion", "explosive", "bomb");

    private static readonly char[] Punctuation = [.. ",.:;!?'\"()‘’“”"];

    public static bool IsSport(ArticleView view) => Uses(view, SportWords);

    public static bool IsSoftware(ArticleView view) => Uses(view, SoftwareWords);

    /// <summary>
    /// Whether the article reports a natural disaster or an accident: its title opens with one (<c>Quake hits island off
    /// Iran</c>), or with no title its first sentence's subject is one (<c>A 5.6 magnitude earthquake hit the island</c>).
    /// </summary>
    public static bool IsHazard(ArticleView view)
    {
        if (view.Document.Title is { Length: > 0 } title)
        {
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Punctuation)).ToList();
            return words.Take(TitleOpening).Any(w => Disasters.Contains(w)) && !words.Exists(w => WordSets.Weapons.Contains(w) || Arms.Contains(w));
        }

        return !view.Found.Sentences.IsEmpty && LeadSubject(view) is var head and >= 0 && view.Is(head, Disasters);
    }

    /// <summary>
    /// A sports report's act that is the game or its business: an attack or a beating with no weapon named and no one
    /// killed, a withdrawal (`pulled out with an ankle injury`), a title defended, an offer or a meeting with a player.
    /// </summary>
    public static bool IsPlay(ArticleView view, Mention m) => m.Type switch
    {
        PloverType.Assault => Unarmed(view, m),
        PloverType.Retreat or PloverType.Agree or PloverType.Consult => true,
        PloverType.Support => view.Word(m.First).StartsWith("defend", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>
    /// A software report's act that is work on computers: an attack with no weapon named and no one killed is on machines
    /// (`attacks on IE browsers`), and teams mobilised are engineers set to work.
    /// </summary>
    public static bool IsComputing(ArticleView view, Mention m) =>
        (m.Type == PloverType.Assault && Unarmed(view, m)) || m.Type == PloverType.Mobilize;

    /// <summary>
    /// In a report of a hazard, an assault no one is said to have made and no weapon is named for is the hazard's toll
    /// (`injuring five people`, `80 people were also wounded`, `houses have been destroyed`).
    /// </summary>
    public static bool IsToll(ArticleView view, Mention m) =>
        m.Type == PloverType.Assault && !m.HasSource && !WeaponInSentence(view, m.Sentence);

    private static bool Uses(ArticleView view, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t < view.Tokens.Length && seen.Count < WordsOfAReport; t++)
        {
            if (view.Is(t, words))
            {
                seen.Add(view.Word(t).ToString());
            }
        }

        return seen.Count >= WordsOfAReport;
    }

    private static bool Unarmed(ArticleView view, Mention m) =>
        !m.Counts.Exists(c => c.Kind == CountKind.Killed) && !WeaponInSentence(view, m.Sentence);

    // The head of the noun phrase the first sentence opens with, past its article, numbers, adjectives and modifying nouns
    // (`A 5.6 magnitude earthquake`); -1 when the sentence opens otherwise.
    private static int LeadSubject(ArticleView view)
    {
        var s = view.Found.Sentences[0];
        var k = s.FirstToken;
        while (k < s.FirstToken + s.TokenCount && view.Tag(k) is "DT" or "CD" or "JJ" or "NN" or "NNS" or "NNP")
        {
            k++;
        }

        return k > s.FirstToken && view.IsNoun(k - 1) ? k - 1 : -1;
    }

    private static bool WeaponInSentence(ArticleView view, int sentence)
    {
        var s = view.Found.Sentences[sentence];
        for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            if (view.Is(t, WordSets.Weapons) || view.Is(t, Arms))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
