using System.Collections.Frozen;

namespace Chronicle.Events;

/// <summary>Word classes that tell ordinary political talk from the acts its verbs can also name.</summary>
internal static class TalkWords
{
    /// <summary>What one actor can offer another to accept (<c>offered talks</c>, <c>offered aid</c>); an opportunity or an agenda is none.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Offerable = Set(
        "talks", "negotiations", "dialogue", "ceasefire", "cease-fire", "truce", "aid", "deal", "agreement", "concession",
        "concessions", "help", "assistance", "support", "money", "compensation", "amnesty", "asylum", "peace", "loan", "loans",
        "troops", "cooperation", "co-operation", "guarantees", "guarantee", "assurances", "assurance", "protection", "compromise",
        "settlement", "access", "funding", "funds", "reward", "incentives", "package", "resignation", "mediation", "condolences",
        "apology", "immunity", "pardon", "refuge", "shelter", "sanctuary", "food", "supplies", "plan", "proposal", "proposals",
        "terms", "exchange", "swap", "release", "withdrawal", "referendum", "vote", "seat", "seats", "job", "post", "role",
        "position", "place", "bribe", "bribes", "cash", "payment", "payments", "ransom", "hand", "hospitality", "visit");

    /// <summary>Places and buildings one goes to: a visit there meets nobody (<c>visited a factory</c>, <c>the beach resort</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sites = Set(
        "places", "place", "temple", "resort", "orphanage", "slums", "slum", "shantytown", "shanty", "school", "schools",
        "hospital", "hospitals", "factory", "factories", "site", "sites", "town", "towns", "city", "cities", "village",
        "villages", "area", "areas", "region", "regions", "plant", "camp", "camps", "museum", "church", "mosque", "cathedral",
        "farm", "farms", "port", "market", "constituency", "constituencies", "seat", "seats", "estate", "centre", "center",
        "project", "clinic", "prison", "zone", "street", "streets", "union", "university", "college", "office", "offices",
        "headquarters", "base", "bases", "troops", "scene", "beach", "island", "islands", "coast", "ship", "exhibition");

    /// <summary>Posts one may refuse to take, a refusal of which rejects no actor (<c>would refuse key jobs</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Posts = Set(
        "job", "jobs", "post", "posts", "role", "roles", "position", "positions", "office", "seat", "seats", "peerage",
        "knighthood", "honour", "honours", "honor", "honors", "title", "titles", "nomination", "portfolio", "salary", "pay");

    /// <summary>Words of elections and parliamentary votes, where to defeat, attack or threaten is to compete.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Electoral = Set(
        "election", "elections", "by-election", "by-elections", "vote", "votes", "voters", "poll", "polls", "ballot", "seat",
        "seats", "Commons", "Lords", "bill", "referendum", "motion", "amendment", "constituency", "candidate", "candidates",
        "campaign", "majority", "electorate", "marginal", "marginals", "MPs", "MP", "minister", "ministers", "politically",
        "opposition", "manifesto");

    /// <summary>Words of force: with one in the sentence an attack or a threat may be a real one.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Force = Set(
        "troops", "soldiers", "army", "armies", "military", "forces", "militants", "rebels", "insurgents", "terrorist",
        "terrorists", "terror", "terrorism", "war", "killed", "bombing", "bomb", "bombs", "violence", "violent", "nuclear",
        "armed", "gunmen", "attackers", "police", "militia", "guerrillas", "weapons", "missile", "missiles", "invasion",
        "shot", "wounded", "injured", "dead", "fighting", "fighters", "strike", "strikes", "raid", "assault",
        // Blows struck by hand (`party militants attacked the offices with clubs`).
        "clubs", "sticks", "machetes", "knives", "stones", "axes", "batons", "iron", "bars", "stabbed", "burned",
        "torched", "looted", "ransacked");

    /// <summary>Voters as a whole: an appeal or a promise to them is campaigning, no event between actors.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Electorate = Set(
        "voters", "voter", "electorate", "electors", "public", "supporters", "activists");

    /// <summary>Heads of government bodies: a deal with one is political even when a town names it (<c>the Beijing government</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GovernmentBodies = Set(
        "government", "governments", "executive", "ministry", "administration", "regime", "authorities", "assembly",
        "parliament", "cabinet", "department", "president", "minister", "premier", "state");

    /// <summary>Forces of nature, illnesses and accidents: what they kill or destroy no actor attacked (<c>the tidal wave killed</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Hazards = Set(
        "tsunami", "tsunamis", "earthquake", "earthquakes", "quake", "quakes", "flood", "floods", "flooding", "storm", "storms",
        "hurricane", "hurricanes", "cyclone", "cyclones", "typhoon", "typhoons", "tornado", "tornadoes", "avalanche", "avalanches",
        "landslide", "landslides", "mudslide", "mudslides", "wave", "waves", "disaster", "disasters", "eruption", "volcano",
        "drought", "famine", "heatwave", "blizzard", "wildfire", "wildfires", "fire", "fires", "blaze", "virus", "viruses",
        "disease", "diseases", "epidemic", "pandemic", "outbreak", "cancer", "malaria", "flu", "influenza", "cholera", "illness",
        "crash", "crashes", "accident", "accidents", "lightning", "weather", "tide", "tides", "surge", "snow", "winds", "gales",
        "aftershock", "aftershocks", "tremor", "tremors", "HIV", "Aids", "tuberculosis", "Ebola", "measles", "polio", "dengue",
        "Covid", "Covid-19", "coronavirus", "mpox");

    /// <summary>The people and bodies a government's policy serves at home: a promise or a grant to them is no deal between actors.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Beneficiaries = Set(
        "parents", "pupils", "students", "children", "families", "pensioners", "patients", "schools", "hospitals", "farmers",
        "workers", "employees", "employers", "businesses", "firms", "companies", "homeowners", "buyers", "tenants", "residents",
        "taxpayers", "councils", "universities", "graduates", "teachers", "nurses", "doctors", "motorists", "drivers", "savers",
        "borrowers", "couples", "people", "citizens", "consumers", "customers", "smokers", "women", "mothers", "carers",
        "landlords", "charities", "households", "communities", "users", "passengers", "commuters", "investors", "shareholders",
        "retailers", "shops", "pubs", "casinos", "owners", "claimants", "everyone", "everybody", "applicants", "learners",
        "youngsters", "adults", "elderly", "disabled", "poor", "unemployed", "public", "voters", "electorate");

    /// <summary>Verbs of asking: the act they ask for (<c>asking him to withdraw</c>) is not done.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Asking = Set(
        "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "demand", "demands", "demanded", "demanding",
        "press", "presses", "pressed", "pressing", "implore", "implored", "imploring", "beg", "begged", "begging", "invite",
        "invited", "inviting", "request", "requested", "requesting", "requests", "petition", "petitioned", "petitioning",
        "lobby", "lobbied", "lobbying", "encourage", "encouraged", "encouraging", "want", "wants", "wanted", "wanting", "appeal",
        "appeals", "appealed", "appealing");

    /// <summary>Things said or thought, never actors (<c>condemned the insult</c>, <c>rejected the idea</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Said = Set(
        "insult", "insults", "slur", "slurs", "jibe", "jibes", "joke", "jokes", "notion", "notions", "suggestion", "suggestions",
        "allegation", "allegations", "accusation", "accusations", "words", "word", "language", "tone", "question", "questions",
        "argument", "arguments", "concept", "thought", "thoughts", "message", "slogan", "slogans", "advert", "adverts", "poster",
        "posters", "article", "articles", "report", "reports", "book", "letter", "letters", "email", "e-mail", "speech", "idea");

    /// <summary>Crime and those who organise it: what is smashed or crushed by policing or a promise (<c>smash the gangs</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CrimeGroups = Set(
        "gang", "gangs", "criminals", "crime", "crimes", "smugglers", "traffickers", "trafficking", "smuggling", "cartel",
        "cartels", "ring", "rings", "racket", "rackets", "dealers", "networks", "mafia", "mafias");

    /// <summary>What gives a plan its force without acting itself (<c>backed by a UN mandate</c>, <c>by law</c>, <c>by evidence</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Instruments = Set(
        "authority", "mandate", "mandates", "law", "laws", "legislation", "resolution", "resolutions", "constitution", "treaty",
        "treaties", "ruling", "rulings", "rules", "powers", "evidence", "research", "data", "figures", "statistics", "studies",
        "study", "science", "funding", "funds", "money", "cash", "guarantees", "guarantee", "sanctions", "threat", "force");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
