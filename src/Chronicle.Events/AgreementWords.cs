using System.Collections.Frozen;

namespace Chronicle.Events;

/// <summary>Word classes that tell an agreement between actors from agreeing with a view.</summary>
internal static class AgreementWords
{
    /// <summary>Verbs by which a party ends an agreement (<c>terminated an agreement with</c>): a rejection of the other party.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ending = Set(
        "terminated", "terminate", "terminates", "terminating", "scrapped", "scrap", "scraps", "scrapping", "abandoned",
        "abandon", "abandons", "abandoning", "cancelled", "canceled", "cancel", "cancels", "cancelling", "annulled", "annul",
        "annuls", "revoked", "revoke", "revokes", "ditched", "ditch", "ditches", "quit", "quits", "renounced", "renounce",
        "renounces", "suspended", "suspend", "suspends", "withdrew", "withdrawn", "withdraw", "withdraws", "tore", "torn", "tear");

    /// <summary>Verbs that ease or end a measure (<c>eased sanctions</c>, <c>lifted the curfew</c>, <c>relaxed the embargo</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Easing = Set(
        "ease", "eased", "eases", "easing", "relax", "relaxed", "relaxes", "relaxing", "loosen", "loosened", "loosens", "loosening",
        "lift", "lifted", "lifts", "lifting", "end", "ended", "ends", "ending", "remove", "removed", "removes", "removing", "waive",
        "waived", "waives", "waiving", "drop", "dropped", "drops", "dropping", "unfreeze", "unfroze", "unfrozen");

    /// <summary>Verbs by which an agreement is broken (<c>violated the ceasefire</c>): no agreement made.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Broken = Set(
        "violated", "violate", "violates", "violating", "breached", "breach", "breaches", "breaching", "broke", "broken",
        "break", "breaks", "breaking", "flouted", "flout", "flouts");

    /// <summary>What parties agree on or to (<c>agreed on a deal</c>, <c>agreed terms</c>); <c>one thing</c> or a view is none.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Settled = Set(
        "deal", "deals", "plan", "plans", "ceasefire", "cease-fire", "truce", "terms", "package", "settlement", "accord",
        "treaty", "framework", "timetable", "date", "budget", "measures", "proposal", "proposals", "compromise", "cuts",
        "reforms", "rules", "text", "wording", "formula", "declaration", "resolution", "strategy", "programme", "program",
        "sanctions", "arrangement", "arrangements", "exchange", "swap", "release", "withdrawal", "pact", "agreement", "steps",
        "action", "candidate", "coalition", "merger", "price", "prices", "rise", "increase", "target", "targets", "schedule",
        "roadmap", "protocol", "code", "limits", "cap", "quota", "quotas", "constitution", "border", "borders", "sharing",
        "talks", "negotiations", "mission", "force", "troops", "aid", "loan", "funding", "contract", "contracts", "bill",
        "amendment", "amendments", "changes", "extension", "moratorium", "pay", "settlements", "transfer", "handover");

    /// <summary>What is accepted as true, not agreed with anyone (<c>accepted the difficult balance</c>, <c>accepted the need</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AcceptedFacts = Set(
        "balance", "fact", "facts", "need", "risk", "risks", "reality", "realities", "point", "points", "argument", "arguments",
        "principle", "case", "challenge", "challenges", "consequences", "inevitability", "situation", "premise", "logic",
        "evidence", "findings", "criticism", "criticisms", "view", "analysis", "necessity", "importance", "difficulty",
        "difficulties", "possibility", "limits", "trade-off", "dilemma", "truth", "frustration", "frustrations", "concern",
        "concerns", "anger", "fears", "worries", "responsibility", "responsibilities", "blame", "mistake", "mistakes");

    /// <summary>What is taken on trust, not agreed (<c>accepted the minister's word</c>, <c>accepted his explanation</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Believed = Set(
        "word", "assurance", "assurances", "explanation", "explanations", "account", "version", "denial", "denials",
        "reassurance", "reassurances", "story", "testimony", "evidence", "claim", "claims", "view", "views", "position");

    /// <summary>A record or a view one defends, which supports no actor (<c>defending the country's past</c>, <c>defended his record</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Defended = Set(
        "history", "histories", "past", "record", "records", "legacy", "heritage", "reputation", "view", "views", "values",
        "beliefs", "principles", "tradition", "traditions", "culture", "identity", "comments", "remarks", "words", "stance",
        "position", "interests", "honour", "honor", "name", "achievements", "performance", "conduct",
        // A champion's title: `defended his heavyweight crown`.
        "title", "titles", "crown", "crowns", "belt", "belts", "championship");

    /// <summary>Buildings and property a raid can be on (<c>raided the offices</c>); a box or a larder is a figure.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Premises = Set(
        "office", "offices", "home", "homes", "house", "houses", "headquarters", "building", "buildings", "premises", "flat",
        "flats", "base", "bases", "compound", "compounds", "mosque", "mosques", "church", "churches", "bank", "banks", "shop",
        "shops", "warehouse", "warehouses", "station", "stations", "prison", "prisons", "hideout", "hideouts", "farm", "farms",
        "factory", "factories", "embassy", "consulate", "newspaper", "studio", "studios", "property", "properties", "club",
        "clubs", "bar", "bars", "hotel", "hotels", "address", "addresses", "site", "sites", "port", "ship", "ships", "vessel",
        "camp", "camps", "palace", "ministry", "parliament", "residence", "residences", "apartment", "apartments", "school");

    /// <summary>Sources that are measurements, not actors (<c>endorsed by recent polls</c>, <c>surveys have backed</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Measures = Set(
        "poll", "polls", "survey", "surveys", "figures", "statistics", "data", "study", "studies", "ratings", "census",
        "forecast", "forecasts", "estimates", "opinion");

    /// <summary>What can be seized by force or law (<c>seized weapons</c>, <c>seized a bomb</c>, <c>seized the town</c>); tools or a chance are figures.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Seizable = Set(
        "goods", "drugs", "weapons", "arms", "guns", "ammunition", "explosives", "property", "properties", "assets", "land",
        "lands", "territory", "control", "power", "documents", "passports", "computers", "cash", "money", "funds", "vessel",
        "vessels", "ship", "ships", "boat", "boats", "cargo", "shipment", "shipments", "equipment", "vehicles", "vehicle", "cars",
        "car", "trucks", "lorries", "aircraft", "plane", "planes", "building", "buildings", "offices", "headquarters", "base",
        "bases", "airport", "port", "farms", "farm", "livestock", "oil", "fuel", "copies", "newspapers", "records", "files",
        "evidence", "hostages", "people", "crops", "shares", "stake", "accounts", "homes", "houses", "capital", "village",
        "villages", "town", "towns", "city", "cities", "region", "province", "border", "crossing", "bridge", "road", "hill",
        "weapon", "gun", "rifle", "rifles", "pistol", "pistols", "handgun", "handguns", "shotgun", "shotguns", "bomb", "bombs",
        "grenade", "grenades", "detonator", "detonators", "device", "devices", "rocket", "rockets", "missile", "missiles",
        "mortar", "mortars", "truck", "lorry", "van", "vans");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
