using System.Collections.Frozen;

namespace Chronicle.Events;

/// <summary>Closed word classes the event coder reads a sentence's structure with, looked up without allocating.</summary>
internal static class WordSets
{
    // Kin and partners: actor nouns (`stabbed his wife`), and <see cref="Relations"/> when named only by the tie.
    private static readonly string[] RelationWords =
        ["mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "girlfriend", "boyfriend", "ex-girlfriend",
         "ex-boyfriend", "ex-wife", "ex-husband"];

    /// <summary>Common nouns that name actors: groups, forces, officials (<c>protesters</c>, <c>security forces</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ActorNouns = Set([
        "protesters", "protestors", "demonstrators", "rioters", "police", "policemen", "forces", "troops", "soldiers", "army",
        "military", "militants", "rebels", "insurgents", "fighters", "gunmen", "jihadists", "officials", "authorities",
        "government", "regime", "administration", "ministry", "department", "departments", "residents", "civilians", "civilian", "people", "students", "workers",
        "women", "men", "man", "woman", "children", "citizens", "villagers", "crowd", "crowds", "group", "supporters", "opposition",
        "activists", "journalists", "prisoners", "detainees", "refugees", "rulers", "leaders", "leader", "president",
        "minister", "officers", "members", "population", "mob", "youths", "farmers", "teachers", "doctors", "voters",
        "miners", "dissidents", "parliament", "lawmakers", "militia", "militias", "guards", "guard", "followers", "diplomats", "envoy",
        "spokesman", "spokeswoman", "premier", "chancellor", "junta", "cabinet", "coalition", "allies", "mullahs",
        "victims", "hostages", "migrants", "pilgrims", "worshippers", "settlers", "separatists", "terrorists", "bombers",
        "official", "businessman", "businessmen", "elders", "landowners", "fundamentalists", "deputies", "legislators",
        "negotiators", "mediators", "mediator", "judge", "court", "union", "unions", "party", "council", "committee", "ambassador", "delegation",
        "servicemen", "journalist", "candidate", "candidates", "guerrillas", "guerillas", "peacekeepers", "inspectors", "observers", "groups",
        "factions", "king", "emir", "navy", "warships", "tanks", "agents", "chief", "chiefs", "wing", "opponents", "critics",
        "aircraft", "warplanes", "jets", "helicopters", "gunships", "bulldozers", "ministers", "mps", "campaigners",
        "organisers", "organizers", "general", "generals", "photojournalist", "photojournalists", "reporter", "reporters",
        "blogger", "bloggers", "monk", "monks", "priest", "demonstrator", "commander", "commanders", "colonel", "medics", "paramedics",
        "councillors", "senators", "peers", "councils", "committees", "delegations", "governments", "parties", "judges",
        "envoys", "ambassadors", "presidents", "regimes", "ministries", "hospital", "hospitals", "company", "companies", "firm",
        "firms", "agency", "agencies", "commission", "association", "federation", "university", "universities", "watchdog",
        "watchdogs", "regulator", "regulators", "ombudsman", "chairman", "chairwoman", "chairmen", "co-chairman", "co-chairwoman",
        "vice-chairman", "vice-chairwoman", "msp", "mep", "mla", "secretary", "secretaries", "speaker", "leadership", "relatives", "mourners",
        "brigade", "brigades", "battalion", "battalions", "pirates", "taskforce",
        // One of a kind named by a singular (`a councillor who was there`, `a soldier was killed`), and kinds of experts.
        "councillor", "senator", "mayor", "mayors", "governor", "governors", "commissioner", "activist", "campaigner", "protester",
        "protestor", "demonstrator", "soldier", "officer", "policeman", "spokesperson", "gunman", "rebel", "militant", "mp",
        "backbencher", "backbenchers", "politician", "politicians", "person", "persons", "lawyer", "lawyers", "experts", "analysts", "economists", "forecasters",
        "pollsters", "employers", "bosses",
        // Trades and callings that strike, march and petition (PETRARCH's generic agents of labour, health, education,
        // farming and faith): `nurses went on strike`, `civil servants staged a walkout`, `monks marched`.
        "nurses", "drivers", "servants", "porters", "dockers", "dockworkers", "pilots", "firefighters", "firemen", "lecturers",
        "cleaners", "midwives", "paramedics", "medics", "physicians", "surgeons", "steelworkers", "fishermen",
        "peasants", "truckers", "postmen", "monks", "clerics", "priests", "nuns",
        // Heads of churches and blocs of states, who mediate, condemn and sanction: `Lima's archbishop met the strikers`,
        // `the bloc froze their assets`.
        "archbishop", "bishop", "bishops", "cardinal", "cardinals", "imam", "imams", "bloc",
        // Those named by what they did: `the attackers fired on people`, `the assailants raided the village`. (Not `gangs`:
        // `smash the gangs` is a slogan against crime.)
        "attackers", "assailants", "militiamen", "raiders", "kidnappers", "abductors", "strikers", "snipers",
        // Those named by their politics' edge (`extremists have bombed two towns`, `hardliners rejected the deal`).
        "extremists", "extremist", "radicals", "hardliners",
        // Warships by their class, which wire copy names as the ones that fire (`four American frigates shelled the rigs`).
        "warship", "frigate", "frigates", "destroyer", "destroyers", "cruiser", "cruisers", "gunboat", "gunboats",
        "submarine", "submarines", "minesweepers",
        // Aircraft by what they are (`Iraqi planes destroyed a pumping station`), as `warplanes` and `jets` above.
        "planes", "warplane", "bomber", "fighter-bombers",
        // One's opposite number in office (`the French minister and his German counterpart met`).
        "counterpart", "counterparts",
        // One's forerunner and heir in office (`the administration has accused its predecessor of corruption`).
        "predecessor", "predecessors", "successor", "successors",
        // Formations of armed forces and police (`Iraqi naval units sank`); not `unit`, most often a thing (`a production unit`).
        "units",
        // Those aboard and those landed from them: `civilian personnel on the platforms were injured`, `marines boarded`.
        "personnel", "crew", "crews", "crewmen", "sailors", "seamen", "marines", "commandos", "paratroopers",
        // Those crime news names as doers and victims: `a robber shot the guard`, `a gunman killed a teenager and his mother`,
        // `wounded two co-workers`. (Not `suspects`: `the detention of terror suspects` is as often a law's as an act.)
        "robber", "robbers", "thief", "thieves", "burglar", "burglars", "shooter", "killer", "killers",
        "murderer", "attacker", "assailant", "kidnapper", "prisoner", "convict", "convicts", "teenager",
        "teenagers", "teen", "teens", "boy", "boys", "girl", "girls", "sheriff", "detective", "detectives", "employee", "co-workers",
        "coworkers", "bystander", "bystanders", "passer-by", "passers-by", "shoppers", "pedestrians",
        "motorists",
        // One person of a calling, as the plurals above (`a sniper shot the doctor`; visitors below).
        // (Not those most often a modifier: `student loans`, `victim support`, `refugee camps`, `hostage crisis`.)
        "doctor", "nurse", "physician", "surgeon", "farmer", "detainee", "villager",
        // Parents who act together (`parents protested outside the ministry`, `parents sued the school board`).
        "parents",
        // States named together by a kind (`Western countries condemned`, `Arab states accused`), of no one state.
        "countries", "nations", "states", "powers",
        // Bodies of money and learning that sue, lend and are shut down: `the institute has withdrawn from Belarus`,
        // `its majority owner sued the state`. (Not `bank`: `to sell the 26 banks` is as often a thing.)
        "institute", "institutes", "foundation", "foundations", "owner", "owners", "shareholders", "creditors",
        // Those who put money in and who run a property, who praise, complain and sue in news of markets: `investors
        // praised his handling of the economy`, `administrators of the ranch complained`, `bondholders rejected the offer`.
        "investor", "investors", "bondholders", "administrators",
        // Those who charge and are charged in news of courts and money: `prosecutors charged nine bankers with fraud`, `the
        // company's directors backed the bid`, `it sued its lenders`.
        "prosecutor", "prosecutors", "investigator", "investigators", "banker", "bankers", "lenders", "directors", "executives",
        "executive", "managers", "employees", "shareholders",
        // Those who counsel a side in talks and deals: `the company's executives and advisers met him`.
        "adviser", "advisers", "advisor", "advisors", "consultants",
        "auditors", "airline", "insurer", "insurers", "retailer", "retailers", "manufacturer", "manufacturers", "producers", "broadcasters",
        // Those taken, held and hurt in news of raids and disasters: `gunmen abducted 287 pupils`, `passengers were held`.
        "pupils", "schoolchildren", "schoolgirls", "schoolboys", "passengers", "patients",
        // Foreigners and those on the run, named by what brought them to a place (PETRARCH's civilian agents), whose country
        // is the nationality word before them: `a British tourist was kidnapped in Yemen`, `U.S. fugitive X was arrested`.
        "tourist", "tourists", "holidaymaker", "holidaymakers", "backpacker", "backpackers", "engineer", "engineers",
        "missionary", "missionaries", "fugitive", "fugitives",
        .. RelationWords]);

    /// <summary>
    /// Visitors (<c>a British tourist</c>, <c>two Italian missionaries</c>): actor nouns of people mostly of a state other
    /// than the place they are in, and, before another noun, a word of a thing (<c>a tourist visa</c>, <c>the tourist attack</c>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Visitors = Set(
        "tourist", "tourists", "holidaymaker", "holidaymakers", "backpacker", "backpackers", "missionary", "missionaries");

    /// <summary>
    /// Kin and partners named only by the tie (<c>her husband</c>, <c>his mother</c>): private people, who are parties to
    /// news of violence (<c>killed his wife</c>) but not to talk or dealings (<c>she often criticised her husband</c>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relations = Set(RelationWords);

    /// <summary>Those who comment on others' acts (<c>analysts agree that</c>): their agreement is one of opinion.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Commentators = Set(
        "analysts", "analyst", "experts", "expert", "economists", "economist", "forecasters", "commentators", "observers",
        "pollsters", "historians", "scholars", "academics", "bankers", "traders", "dealers");

    /// <summary>Nouns of striving and hoping (<c>efforts for a ceasefire</c>): the act they are for is not yet done.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Strivings = Set(
        "effort", "efforts", "hope", "hopes", "prospect", "prospects", "bid", "bids", "push", "pressure", "campaign",
        "drive", "quest", "search", "chances", "plan", "plans", "proposal", "proposals", "demand", "demands", "appeal", "appeals");

    /// <summary>Vehicles and craft, never actors of their own: a purpose after one (<c>chartering planes to deliver aid</c>)
    /// is the act of the one who sends, charters or uses it.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Vehicles = Set(
        "plane", "planes", "aircraft", "airplanes", "aeroplanes", "jets", "jet", "ship", "ships", "boat", "boats", "vessel", "vessels",
        "lorry", "lorries", "truck", "trucks", "helicopter", "helicopters", "convoy", "convoys", "vehicles", "buses", "flights",
        "airlifts", "barges", "ferries", "warships", "warplanes");

    /// <summary>Verbs of sending people somewhere (<c>dispatched FBI agents to Nairobi to investigate</c>): the purpose after the
    /// destination is the act of those sent.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sending = Set(
        "send", "sends", "sent", "sending", "dispatch", "dispatches", "dispatched", "dispatching", "deploy", "deploys", "deployed",
        "deploying", "fly", "flies", "flew", "flown", "rush", "rushes", "rushed");

    /// <summary>Adjectives of manner or will that take an act in the infinitive (<c>was quick to condemn</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Eagerness = Set(
        "quick", "swift", "eager", "keen", "determined", "anxious", "slow", "reluctant", "careful", "right", "wrong");

    /// <summary>Words for a blow returned (<c>vowed retaliation</c>, <c>threatened retaliatory action</c>): a threat that names them states its act.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Reprisals = Set(
        "retaliation", "revenge", "reprisal", "reprisals", "vengeance", "retribution", "retaliatory");

    /// <summary>Kin and close aides: after a possessor they head the phrase (<c>Lucy's mother</c> is the one blamed, not Lucy).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Kin = Set(
        "mother", "father", "wife", "husband", "son", "daughter", "sons", "daughters", "brother", "sister", "brothers", "sisters",
        "family", "families", "parents", "widow", "widower", "relatives", "partner", "lawyer", "lawyers", "aide", "aides",
        "friend", "friends", "colleague", "colleagues", "deputy", "girlfriend", "boyfriend", "ex-girlfriend", "ex-boyfriend", "ex-wife", "ex-husband",
        // A leader's people (`arrested Kibaki's supporters`): they, not the leader, are acted on.
        "supporters", "allies", "followers", "loyalists", "backers", "associates", "bodyguards", "sympathisers", "sympathizers",
        "henchmen", "cronies", "partisans",
        // A person's or a state's agents (`met Saddam's envoy`): the one met is the envoy, of the possessor's side.
        "envoy", "envoys", "emissary", "emissaries", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman",
        "spokesperson", "representative", "representatives");

    /// <summary>Words for part of a group (<c>many in the party</c>): the group after them acts.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Quantifiers = Set(
        "many", "some", "most", "several", "those", "others", "few", "members", "sections");

    /// <summary>Manner words that make a verb's act a figure of speech (<c>mockingly welcomed</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Mocking = Set(
        "mockingly", "sarcastically", "ironically", "jokingly", "wryly", "facetiously", "sardonically", "tongue-in-cheek");

    /// <summary>Titles of a post (<c>director general</c>, <c>head of the group</c>): between commas after a name they describe the person.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Set(
        "head", "director", "chairman", "chairwoman", "chair", "secretary", "general", "executive", "editor", "founder",
        "governor", "mayor", "adviser", "advisor", "president", "minister", "leader", "chief", "spokesman", "spokeswoman",
        "commissioner", "ambassador", "envoy", "deputy", "member", "professor", "bishop", "archbishop", "cardinal", "speaker");

    /// <summary>Those who bear arms: fire they open is shooting, not criticism (<c>came under fire from rebels</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArmedNouns = Set(
        "troops", "soldiers", "forces", "army", "rebels", "gunmen", "militants", "insurgents", "fighters", "militia", "militias",
        "guerrillas", "guerillas", "snipers", "police", "tanks", "artillery", "warplanes", "jets", "navy", "marines", "paramilitaries",
        "attackers", "assailants", "jihadists", "separatists");

    /// <summary>
    /// Events named in the plural, which never modify a noun after them: after one the next noun opens a phrase of its
    /// own (<c>During the protests police arrested 20</c>; <c>protest leaders</c>, singular, is one phrase).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EventPlurals = Set(
        "protests", "demonstrations", "clashes", "riots", "attacks", "killings", "bombings", "raids", "floods", "fires",
        "blasts", "explosions", "shootings", "massacres", "storms", "earthquakes");

    /// <summary>
    /// Things said, planned or decided, never actors: a name before one modifies it (<c>the Conservatives stance</c>,
    /// <c>government plans</c>), so an actor phrase ends before it.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotActors = Set(
        "plan", "plans", "proposal", "proposals", "stance", "offer", "vote", "idea", "ideas", "policy", "policies", "scheme",
        "schemes", "bill", "law", "laws", "report", "concerns", "record", "comments", "remarks", "powers", "decision",
        "budget", "ruling", "judgement", "judgment", "manifesto", "strategy", "reforms", "claims", "views", "position",
        "legislation", "measures", "programme", "program", "intention", "message", "speech", "agenda", "figures", "soap",
        // Papers handed out (`pamphlets announced rallies`): the words of whoever wrote them, who go unnamed.
        "pamphlet", "pamphlets", "leaflet", "leaflets", "flyers", "posters");

    /// <summary>A court's decisions (<c>condemned the ruling</c>): disapproving one is an act against the court, named or not.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Rulings = Set(
        "ruling", "rulings", "verdict", "verdicts", "judgment", "judgement", "judgments", "judgements", "sentence", "sentences", "sentencing");

    /// <summary>Words that open a clause of its own after a verb's object: no target of the verb lies past them.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = Set(
        "as", "because", "while", "although", "though", "since", "when", "whereas", "until", "so", "if", "unless", "whether");

    /// <summary>
    /// Nouns an event noun modifies rather than heads (<c>aid agency</c>, <c>protest group</c>, <c>strike leaders</c>):
    /// the phrase names a body or a person, not an event.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifiedHeads = Set(
        "agency", "agencies", "charity", "charities", "group", "groups", "organisation", "organisations", "organization",
        "organizations", "workers", "worker", "initiatives", "initiative", "campaigners", "movement", "leader", "leaders",
        "minister", "ministers", "ministry", "secretary", "spokesman", "spokeswoman", "official", "officials", "chief",
        "department", "committee", "body", "budget", "policy", "programme", "program", "fund", "funds", "sector", "industry",
        "website", "network", "coalition", "lobby", "ballot");

    /// <summary>What is offered in words to the public (<c>offered a clear choice</c>, <c>the politics of fear</c>), not to a party.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Rhetoric = Set(
        "choice", "choices", "alternative", "alternatives", "vision", "politics", "economics", "hope", "hopes", "message",
        "leadership", "future", "answer", "answers", "solution", "solutions", "insight", "insights", "view", "views",
        "analysis", "glimpse", "reassurance", "reassurances", "comfort", "explanation", "explanations", "prospect");

    /// <summary>Words that judge a thing (<c>a good deal for X</c>) rather than tell of it.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Evaluative = Set(
        "good", "bad", "fair", "unfair", "raw", "better", "worse", "best", "worst", "poor", "great", "terrible", "excellent",
        "reasonable", "generous");

    /// <summary>
    /// What is beaten, harmed or hurt in a figure of speech (<c>beat the Asian economies</c>, <c>harming the workings
    /// of government</c>, <c>hurt his chances</c>): no one is assaulted.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Figurative = Set(
        "economy", "economies", "workings", "chances", "prospects", "interests", "relations", "reputation", "image",
        "efforts", "process", "odds", "deadline", "competition", "rivals", "market", "markets", "confidence", "trust",
        "credibility", "case", "cause", "morale", "growth", "recovery", "industry", "business", "system", "tape",
        "debt", "inflation", "unemployment", "poverty", "crime", "way", "idea", "notion", "tradition", "traditions",
        "disease", "diseases", "illness", "illnesses", "virus", "epidemic", "pandemic", "malaria", "cancer", "hunger",
        "famine", "privacy", "corruption", "waste", "bureaucracy", "rules", "regulations", "procedures", "arrangements",
        "problem", "problems", "issue", "issues", "challenge", "challenges", "crisis", "apathy", "prejudice", "racism",
        "discrimination", "inequality", "deficit", "complacency", "cynicism", "myth", "myths", "culture", "habit", "habits",
        "assets", "finances", "rights", "freedoms", "liberties", "values", "democracy", "savings", "pensions", "wages",
        "profits", "standards", "livelihoods", "basis", "foundation", "foundations", "fabric", "legacy", "career", "careers",
        "hopes", "dreams",
        // Ideas and dangers fought in speeches (`we will defeat radical Islamic terrorism`, `defeated every threat`).
        "terrorism", "extremism", "threat", "threats", "ideology", "ideologies", "hatred");

    /// <summary>
    /// What is occupied or taken without force (<c>occupy the centre ground</c>, <c>took their seats</c>,
    /// <c>seized the initiative</c>): a place in politics or a chance, not a territory or a building.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeldWithoutForce = Set(
        "ground", "position", "positions", "role", "roles", "seat", "seats", "post", "posts", "office", "place", "centre",
        "center", "space", "attention", "initiative", "moment", "opportunity", "chance", "headlines", "lead", "stage",
        "spotlight", "mantle", "crown", "title", "throne", "high");

    /// <summary>The heads of a state's government and its members, whose country is the article's politics when unqualified.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GovernmentNouns = Set(
        "government", "cabinet", "minister", "ministers", "chancellor", "premier", "administration", "parliament",
        "MPs", "secretary", "opposition");

    /// <summary>Nouns of what one may do (<c>the power to bar</c>, <c>the right to strike</c>): the act after them is not done.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abilities = Set(
        "power", "powers", "right", "rights", "authority", "ability", "capacity", "means", "mandate", "freedom");

    /// <summary>Nouns of the room left to act (<c>flexibility in taking sanctions</c>, <c>the option of imposing quotas</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Latitude = Set(
        "flexibility", "discretion", "latitude", "leeway", "option", "options", "choice", "licence", "license", "scope");

    /// <summary>Adjectives before <c>government</c> that make it a way of governing, not a government (<c>good government</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Governance = Set(
        "good", "bad", "better", "effective", "open", "honest", "clean", "stable", "efficient", "accountable", "responsible");

    /// <summary>Last words of a state's own institutions (<c>the Court of Appeal</c>, <c>the Home Office</c>, <c>the Lords</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StateInstitutions = Set(
        "Court", "Office", "Ministry", "Department", "Treasury", "Commons", "Lords", "Parliament", "Assembly", "Executive",
        "Appeal", "Cabinet", "Senate", "Congress");

    /// <summary>
    /// Nouns a business is called by after its name (<c>the company</c>, <c>the firm</c>): bare, they are the one named
    /// last.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Businesses = Set(
        "company", "firm", "bank", "lender", "insurer", "carrier", "airline", "retailer", "conglomerate", "manufacturer",
        "giant", "maker", "label", "studio", "broadcaster", "publisher");

    /// <summary>
    /// Nouns that describe a firm by its standing or its trade, no actors of their own (`a giant`, `the studio` may be
    /// things): <c>the computer giant</c>, <c>the software maker</c>, <c>the record label</c>.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BusinessDescriptions = Set(
        "giant", "maker", "label", "studio", "broadcaster", "publisher");

    /// <summary>
    /// First words of bodies above states (<c>the European Court</c>, <c>the International Criminal Court</c>, <c>the U.N.
    /// Security Council</c>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AboveStates = Set(
        "European", "International", "World", "Global", "UN", "U.N.", "United", "Commonwealth", "Arab", "African", "Asian", "Islamic",
        "Inter-American", "Interpol", "NATO", "Nato", "EU");

    /// <summary>Time subordinators a participle clause opens with (<c>after meeting X</c>); its doer is the main verb's subject.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticipleOpeners = Set(
        "after", "before", "while", "since", "upon", "when");

    /// <summary>Gatherings that are meetings of parties; a dinner or a party hosted by someone is not.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Meetings = Set(
        "talks", "meeting", "meetings", "summit", "summits", "conference", "conferences", "negotiations", "session", "sessions",
        "visit", "visits", "forum", "round");

    /// <summary>Written instruments, named after the place they were signed or the body that made them (<c>the Kyoto treaty</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Instruments = Set(
        "treaty", "treaties", "protocol", "protocols", "accord", "accords", "convention", "conventions", "directive",
        "directives", "charter", "declaration", "resolution", "resolutions", "regulations", "constitution", "act");

    /// <summary>Laws and orders that ban or detain by their terms (<c>legislation banning</c>, <c>a dispensation that detained</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Laws = Set(
        "legislation", "law", "laws", "act", "acts", "bill", "bills", "rule", "rules", "dispensation", "system", "statute",
        "statutes", "provision", "provisions", "powers", "policy", "policies");

    /// <summary>
    /// The public a politician meets or appeals to on the campaign trail (<c>met parents</c>, <c>appeal to voters</c>):
    /// no party to a political meeting or request.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Constituents = Set(
        "people", "voters", "parents", "pupils", "children", "residents", "families", "constituents", "locals", "public",
        "shoppers", "fans", "audience", "audiences", "staff", "patients", "supporters", "electorate", "readers", "viewers");

    /// <summary>
    /// A party named by its members (<c>the Tories are to back</c>, <c>Democrats rejected</c>), which the name stage may
    /// read as a miscellaneous name rather than an organisation.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartyMembers = Set(
        "Tories", "Conservatives", "Democrats", "Republicans", "Liberals", "Socialists", "Communists", "Greens",
        "Nationalists", "Unionists", "Loyalists", "Maoists", "Islamists");

    /// <summary>Actor nouns that are crowds of people, who gather and march (<c>leaders gathered</c> is a meeting).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleNouns = Set(
        "protesters", "protestors", "demonstrators", "people", "students", "workers", "women", "men", "citizens",
        "villagers", "crowd", "crowds", "group", "supporters", "activists", "residents", "youths", "farmers", "teachers",
        "doctors", "miners", "thousands", "hundreds", "dozens", "opposition", "mob", "rioters", "worshippers",
        "nurses", "drivers", "servants", "porters", "dockers", "dockworkers", "pilots", "firefighters", "firemen", "lecturers",
        "cleaners", "midwives", "paramedics", "medics", "physicians", "surgeons", "steelworkers", "fishermen",
        "peasants", "truckers", "postmen", "monks", "clerics", "priests", "nuns", "relatives", "mourners");

    /// <summary>Verbs that take an event noun as object and lend it their subject (<c>X launched an attack</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LightVerbs = Set(
        "delivered", "reached", "reaches", "reach", "struck", "strikes", "clinched", "sealed", "delivers", "deliver", "gave", "gives", "give", "given", "offered", "offers", "provided", "provides",
        "completed", "completes", "begun", "starts", "undertook", "undertaken", "opened", "opens",
        "launched", "launches", "launch", "carried", "conducted", "conducts", "staged", "stages", "held", "holds", "hold",
        "stage", "staging", "holding", "carry", "carrying", "carries", "conduct", "conducting", "mount", "mounting", "mounts",
        "organise", "organize", "organising", "organizing", "organises", "organizes", "begin", "beginning", "start", "starting",
        "launching", "imposing", "leading", "lead", "continuing", "continue", "called", "calls", "call", "calling",
        "imposed", "imposes", "impose", "announced", "announces", "expressed", "expresses", "voiced", "maintained",
        "maintains", "issued", "issues", "made", "makes", "lodged", "filed", "mounted", "began", "begins", "started",
        "continued", "continues", "led", "leads", "organised", "organized", "had", "has", "have", "pledged", "pledges",
        "stepped", "extended", "extends", "ordered", "orders", "waged", "wages", "declared", "declares", "renewed",
        "intensified", "joined", "joins", "speeded", "sped", "accelerated", "continuing", "staging", "launching", "holding",
        "reiterated", "reiterates", "repeated", "restated", "revealed", "signalled", "signaled", "lent", "lends", "initiated",
        "initiating", "initiate", "initiates", "instigated", "instigate", "instigating", "brought", "bringing", "bring", "brings",
        "pursuing", "pursued", "pursue",
        // `X is taking legal action against Y`: one who takes an action does it.
        "take", "takes", "taking", "took", "taken",
        // An act approved by the one who decides it is that one's act (`approved the sale of missiles to X`).
        "approved", "approves", "approve", "authorised", "authorized", "authorises", "authorizes",
        // `raised the threat of sanctions`: one who raises a threat makes it.
        "raised", "raises", "raise", "raising");

    /// <summary>What one side puts to another, so that `X's offer from Y` names Y as the one answered.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Proposals = Set(
        "offer", "offers", "demand", "demands", "appeal", "appeals", "request", "requests", "proposal", "proposals",
        "invitation", "invitations", "call", "calls", "plea", "pleas", "ultimatum");

    /// <summary>Verbs of beginning and going on, whose subject does the act of the participle after them.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Aspectual = Set(
        "began", "begun", "begins", "begin", "started", "starts", "start", "continued", "continues", "continue",
        "resumed", "resumes", "resume", "kept", "keeps", "stopped", "stops");

    /// <summary>Weapons, whose use is an attack (<c>used drones against</c>) and whose numbers are counts of weapons.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Weapons = Set(
        "drones", "drone", "missiles", "missile", "rockets", "rocket", "bombs", "bomb", "artillery", "shells", "mortars",
        "grenades", "weapons", "guns", "rifles", "tanks", "warplanes", "jets", "bullets", "munitions", "explosives",
        "gas", "ballistic");

    /// <summary>Arms carried in the hand (<c>attacked the guard with a knife</c>): with one an attack is force.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HandWeapons = Set(
        "knife", "knives", "gun", "guns", "handgun", "pistol", "pistols", "rifle", "shotgun", "machete", "machetes", "axe",
        "axes", "sword", "swords", "bat", "bats", "hammer", "club", "clubs", "acid", "stones", "rocks", "bricks", "batons",
        "baton", "sticks", "iron");

    /// <summary>Seizures of power by force, which a condemnation may name with no doer (<c>condemned the coup</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Seizures = Set(
        "coup", "coups", "putsch", "takeover", "annexation", "invasion", "occupation");

    /// <summary>Verbs of causing (<c>created</c>, <c>fuelled</c>): said of trouble, a blame.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Causing = Set(
        "created", "creating", "creates", "caused", "causing", "causes", "fuelled", "fueled", "fuelling", "fueling", "fuels",
        "stoked", "stoking", "stokes", "provoked", "provoking", "provokes", "inflamed", "inflaming", "inflames");

    /// <summary>Trouble one may be blamed for causing (<c>a source of tension</c>, <c>the crisis</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Troubles = Set(
        "tension", "tensions", "crisis", "instability", "violence", "chaos", "unrest", "conflict", "bloodshed", "hostility",
        "hatred", "turmoil", "insecurity", "terrorism", "extremism");

    /// <summary>Papers and records: destroying them attacks no one (<c>files destroyed by the ministry</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Records = Set(
        "file", "files", "document", "documents", "record", "records", "paper", "papers", "paperwork", "email", "emails",
        "e-mail", "e-mails", "evidence", "data", "notes", "minutes", "letters", "archive", "archives", "tapes");

    /// <summary>Verbs that name a thing by a word (<c>called the attack an act of treason</c>, <c>branded them thugs</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelVerbs = Set(
        "called", "calls", "call", "calling", "branded", "brands", "brand", "branding", "labelled", "labeled", "labels",
        "dubbed", "dubs", "described", "describes", "describing", "painted", "paints", "painting", "portrayed", "portrays",
        "portraying", "depicted", "depicts", "depicting");

    /// <summary>Words of blame that make a label an accusation (<c>treason</c>, <c>criminals</c>, <c>a war crime</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Blame = Set(
        "treason", "terrorism", "terrorist", "terrorists", "criminal", "criminals", "crime", "crimes", "murder", "murderers",
        "thugs", "traitors", "traitor", "betrayal", "atrocity", "atrocities", "genocide", "aggression", "provocation",
        "provocations", "massacre", "barbarism", "sabotage", "hooligans", "vandals", "mercenaries", "puppets", "bandits");

    /// <summary>
    /// Words of abuse for a person (<c>called him a liar</c>, <c>called Trump a fraud</c>): a label of blame when they open
    /// a second phrase after the one labelled.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abuse = Set(
        "liar", "liars", "fraud", "frauds", "crook", "crooks", "bully", "bullies", "hypocrite", "hypocrites", "racist",
        "racists", "bigot", "bigots", "coward", "cowards", "thief", "thieves", "cheat", "cheats", "demagogue", "demagogues",
        "fascist", "fascists", "tyrant", "tyrants", "dictator", "despot", "warmonger", "warmongers", "charlatan",
        "charlatans", "conman", "misogynist", "misogynists", "xenophobe", "xenophobes", "narcissist",
        "philanderer", "disgrace", "embarrassment", "menace", "extremist", "extremists", "killer", "killers",
        "thug", "clown", "clowns", "puppet", "dictators", "despots", "crooks");

    /// <summary>
    /// Judgements of condemnation (<c>called the decision outrageous</c>, <c>described the remarks as racist</c>,
    /// <c>called the plan a scandal</c>): a label of blame on what is named, unlike praise (<c>productive</c>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Condemn = Set(
        "outrageous", "disgraceful", "shameful", "racist", "irresponsible", "reckless", "deplorable", "deplorables",
        "disgrace", "scandal", "scandalous", "hoax", "despicable", "abhorrent", "appalling", "reprehensible", "shocking",
        "hypocritical", "offensive", "insulting", "sexist", "bigoted", "xenophobic", "hateful", "vile", "inexcusable",
        "unconscionable", "callous", "cynical", "dishonest", "deceitful", "immoral", "unethical", "corrupt", "outrage",
        "travesty", "sham", "farce", "outlaw", "rogue", "pariah");

    /// <summary>Nouns of a killing or a seizure done to one person (<c>Kennedy's assassination</c>, <c>her kidnapping</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DoneToPerson = Set(
        "assassination", "murder", "killing", "kidnapping", "kidnap", "abduction", "execution", "lynching", "beheading",
        "torture", "beating", "stabbing", "shooting", "poisoning");

    /// <summary>What is carried out when it is executed (<c>executed the plan</c>, <c>a campaign executed by</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CarriedOut = Set(
        "plan", "plans", "strategy", "strategies", "campaign", "campaigns", "order", "orders", "warrant", "warrants", "deal",
        "deals", "trade", "trades", "transaction", "transactions", "contract", "contracts", "program", "programme",
        "programs", "programmes", "policy", "policies", "it", "this", "that", "task", "tasks", "scheme", "move", "moves",
        "agreement", "will", "document");

    /// <summary>Plural nouns of states (<c>Western countries</c>, <c>Arab states</c>): actors of no one country.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StatesTogether = Set(
        "countries", "nations", "states", "powers");

    /// <summary>Adjectives that label a deed lawless (<c>called the sale illegal</c>), blame given as a label.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lawless = Set(
        "illegal", "unlawful", "illegitimate", "unconstitutional", "fraudulent", "criminal", "barbaric", "rigged");

    /// <summary>Verbs that ask for an act (<c>demand a deal</c>, <c>called for talks</c>): the act asked for is not made.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AskingVerbs = Set(
        "demand", "demands", "demanded", "demanding", "seek", "seeks", "sought", "seeking", "want", "wants", "wanted",
        "wanting", "urge", "urges", "urged", "urging", "call", "calls", "called", "calling", "press", "pressed", "pressing",
        "push", "pushed", "pushing", "appeal", "appealed", "appealing", "request", "requested", "requesting");

    /// <summary>Past verbs of saying after which <c>would</c> reports a plan (<c>said they would strike</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastReports = Set(
        "said", "announced", "told", "warned", "vowed", "promised", "pledged", "insisted", "added", "confirmed", "declared",
        "stated", "threatened", "indicated", "signalled", "signaled", "decided", "agreed");

    /// <summary>Heads an act's noun can modify without naming the act (<c>protest organisers</c>, <c>attack helicopters</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifiedByAct = Set(
        "organisers", "organizers", "organiser", "organizer", "leaders", "leader", "group", "groups", "movement", "movements",
        "camp", "camps", "site", "sites", "committee", "committees", "helicopter", "helicopters", "dog", "dogs", "songs",
        "slogans", "banners", "placards", "signs", "veterans", "victims", "survivors", "suspects", "suspect", "police",
        "policemen", "gear", "shields", "squad", "squads");

    /// <summary>Means of talking and sending (<c>by phone</c>, <c>by video link</c>): after <c>by</c> they name no agent.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Media = Set(
        "phone", "telephone", "video", "videolink", "letter", "email", "e-mail", "post", "fax", "text", "satellite", "radio",
        "mail", "courier", "hand", "telegram");

    /// <summary>What makes the fire of a fight (<c>sniper fire</c>, <c>tank fire</c>, <c>army fire</c>) beside <see cref="Weapons"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Firers = Set(
        "sniper", "gun", "gunfire", "machine-gun", "tank", "mortar", "enemy", "army", "rebel", "militia", "cross", "gunboat",
        "naval", "live", "heavy", "anti-aircraft");

    /// <summary>What is attacked in words, not with force (<c>attacked the plan</c>, <c>attacked him over his remarks</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Criticised = Set(
        "plan", "plans", "policy", "policies", "proposal", "proposals", "remarks", "remark", "comments", "comment",
        "statement", "statements", "record", "decision", "decisions", "budget", "bill", "deal", "handling", "approach",
        "strategy", "idea", "ideas", "claims", "claim", "reform", "reforms", "cuts", "failure", "failures", "response",
        "stance", "views", "speech", "manifesto", "scheme", "measures", "legislation", "law", "rhetoric", "leadership",
        "tax", "taxes", "spending", "programme", "program", "agenda", "position", "report", "move", "u-turn",
        "performance", "words", "language", "tone", "conduct", "judgment", "judgement", "credibility", "economy", "cost", "costs",
        "pledges", "pledge", "promises", "figures", "laws", "rules", "regulations", "patents", "ruling", "rulings", "directive",
        "treaty", "decree", "practices", "privatisation", "privatisations", "privatization", "privatizations", "sale", "sales",
        "sell-off", "sell-offs", "takeover", "takeovers", "merger", "auction", "tariffs", "subsidies", "austerity");

    /// <summary>Envoys and foreign forces a state orders out (<c>ordered the French ambassador to leave</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Envoys = Set(
        "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "attache", "attaché", "chargé", "charge",
        "consul", "mission", "peacekeepers", "troops", "forces", "soldiers", "staff", "personnel");

    /// <summary>Numbers that name a crowd on their own (<c>Thousands protested</c>, <c>hundreds were detained</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CrowdNumbers = Set(
        "thousands", "hundreds", "dozens", "scores", "millions");

    /// <summary>Messages whose author does what a participle after them says (<c>issued a statement urging X</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Messages = Set(
        "pitch", "speech", "speeches", "statement", "letter", "letters", "leaflet", "leaflets", "advert", "adverts",
        "advertisement", "poster", "posters", "message", "motion", "appeal", "article", "broadcast", "email", "report",
        "manifesto", "petition", "video", "interview", "billboard", "billboards", "banner", "banners", "resolution", "resolutions",
        "declaration", "communique", "claim", "lawsuit", "lawsuits", "suit", "complaint", "filing", "indictment",
        // Orders, which do what their issuer does (`granted an injunction that barred X`, `passed a decree banning Y`).
        "injunction", "order", "decree", "ruling", "verdict", "directive", "edict", "warrant");

    /// <summary>Verbs of issuing a message or an order (<c>granted an injunction that barred X</c>), not of acting on one.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Issuing = Set(
        "issue", "issued", "issues", "issuing", "grant", "granted", "grants", "granting", "pass", "passed", "passes", "passing",
        "impose", "imposed", "imposes", "imposing", "adopt", "adopted", "adopts", "adopting", "sign", "signed", "signs", "signing",
        "approve", "approved", "approves", "approving", "enact", "enacted", "enacts", "hand", "handed", "hands", "handing",
        "publish", "published", "publishes", "release", "released", "releases", "send", "sent", "sends", "deliver", "delivered",
        "file", "filed", "files", "lodge", "lodged", "lodges", "make", "made", "makes", "give", "gave", "given", "gives");

    /// <summary>Verbs of writing to someone (<c>has written to X demanding</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Writing = Set(
        "write", "writes", "wrote", "written", "writing");

    /// <summary>What is met without a meeting (<c>met the demands</c>, <c>met its targets</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MetWithoutMeeting = Set(
        "demands", "demand", "targets", "target", "conditions", "condition", "requirements", "requirement", "criteria",
        "deadline", "deadlines", "expectations", "costs", "cost", "needs", "obligations", "standards", "standard",
        "goals", "goal", "challenge", "challenges", "terms", "fate", "end", "death", "resistance", "opposition", "reception",
        "response", "criticism", "approval", "praise", "scepticism", "skepticism", "silence", "anger", "rule", "rules", "commitments", "commitment", "pledge", "pledges", "promise", "promises", "concerns");

    /// <summary>Bars a party clears or fails to clear (<c>did not meet the polling threshold</c>): never a meeting, and
    /// failing one is no refusal.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Thresholds = Set(
        "threshold", "thresholds", "quota", "quotas", "benchmark", "benchmarks", "qualification", "qualifications",
        "minimum", "criterion", "criteria", "eligibility", "standard", "standards", "cutoff", "cut-off");

    /// <summary>People who flee and are taken in (<c>accepted 10,000 refugees</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Displaced = Set(
        "refugees", "refugee", "migrants", "immigrants", "seekers", "asylum-seekers", "evacuees", "exiles", "displaced");

    /// <summary>What is given as information, not as aid (<c>did not supply a cost estimate</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Information = Set(
        "estimate", "estimates", "details", "detail", "evidence", "figures", "information", "answers", "answer", "explanation",
        "data", "proof", "numbers", "breakdown", "specifics", "timetable", "timeline", "costings", "forecast", "forecasts");

    /// <summary>Reflexive pronouns (<c>killing themselves</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Reflexives = Set(
        "himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves", "oneself");

    /// <summary>Forms of <c>be</c>, for the passive.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Be = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "get", "got", "gets", "getting");

    /// <summary>Auxiliaries and adverbs between a subject and its verb.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "'ve", "’ve", "'s", "’s", "will", "would",
        "may", "might", "could", "can", "cannot", "should", "must", "did", "does", "do", "not", "n't", "never", "also", "to", "then",
        "later", "reportedly", "allegedly", "openly", "already", "still", "repeatedly", "have", "now", "since");

    /// <summary>Words that put an event in doubt or the future.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Hypothetical = Set(
        "may", "might", "could", "would", "will", "should", "threatened", "threatens", "threaten", "plans", "planned",
        "plan", "planning", "vowed", "vows", "intends", "intended", "wants", "wanted", "considering", "ready", "prepared",
        "preparing", "must", "shall", "if", "unless", "possible", "likely", "'ll", "’ll", "how", "why", "whether", "duty");

    /// <summary>Words that open a condition: what follows in the clause may not happen at all.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Conditions = Set("if", "unless", "whether");

    /// <summary>Modals of obligation or would-be: <c>should not</c>, <c>would not</c> give an opinion or a stance.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Deontic = Set(
        "should", "must", "ought", "would", "could", "shall");

    /// <summary>Words that open a time phrase between a subject and its verb (<c>Serbia on Thursday rejected</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeOpeners = Set(
        "on", "in", "at", "late", "early", "earlier", "last", "this", "during", "overnight");

    /// <summary>Adjectives of expressed intent before <c>to</c> (<c>is ready to send troops</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentAdjectives = Set(
        "willing", "ready", "prepared", "committed", "determined");

    /// <summary>Those overthrown: a government, a ruler or a regime (<c>overthrow the king</c>); an order of things is not.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Rulers = Set(
        "government", "governments", "regime", "regimes", "president", "king", "queen", "monarch", "monarchy", "ruler", "rulers",
        "dictator", "dictatorship", "junta", "leader", "leaders", "leadership", "administration", "emperor", "shah", "sultan",
        "emir", "prime", "premier", "cabinet", "authorities", "state");

    /// <summary>Prizes and qualities captured, won or rendered, taken from no one (<c>captured the nomination</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prizes = Set(
        "nomination", "seat", "seats", "vote", "votes", "majority", "title", "titles", "crown", "championship", "medal", "prize",
        "award", "imagination", "attention", "mood", "moment", "essence", "spirit", "greatness", "heart", "hearts", "feeling",
        "sense", "truth", "beauty", "experience", "headlines", "market", "share", "lead", "presidency", "primary", "primaries",
        "delegates", "momentum", "zeitgeist", "ambiguity", "magic", "atmosphere");

    /// <summary>Devices and records that capture a scene (<c>captured by a dashboard camera</c>, <c>caught on video</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Recorders = Set(
        "camera", "cameras", "video", "videos", "film", "tape", "footage", "cctv", "CCTV", "photograph", "photographs",
        "photo", "photos", "recording", "recordings", "cellphone", "phone", "microphone", "bodycam", "webcam", "lens");

    /// <summary>Verbs of perceiving, learning and feeling after leave given (<c>allowing people to see</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Perceiving = Set(
        "see", "understand", "learn", "know", "feel", "hear", "watch", "experience", "appreciate", "enjoy", "reflect", "think",
        "imagine", "grasp", "sense", "glimpse", "read", "explore", "discover", "remember", "realise", "realize", "recognise",
        "recognize", "notice", "witness", "view", "visualise", "visualize");

    /// <summary>Adjectives of refusal before <c>to</c> (<c>is opposed to mediation</c>, <c>is unwilling to talk</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RefusalAdjectives = Set(
        "opposed", "unwilling", "reluctant");

    /// <summary>
    /// Verbs that report what their subject said (<c>Syria says it will...</c>): a pronoun after them is that subject. The
    /// plural present reports as the past does (<c>police say</c>, <c>officials warn</c>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Reporting = Set(
        "said", "says", "say", "announced", "announces", "announce", "declared", "declares", "declare", "stated", "states",
        "insisted", "insists", "insist", "confirmed", "confirms", "confirm", "added", "adds", "warned", "warns", "warn",
        "told", "tells", "claimed", "claims", "claim", "reiterated", "reiterates", "stressed", "stresses", "indicated", "indicates");

    /// <summary>Who arrests and detains: an arrest they report, with no arrester named, is theirs.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Enforcers = Set(
        "police", "policemen", "officers", "authorities", "army", "military", "troops", "soldiers", "forces");

    /// <summary>Currencies named by a word (a code such as <c>GBP</c> is read as one too): a pledge of them is economic aid.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Currencies = Set(
        "dollars", "pounds", "euros", "yen", "francs", "marks", "rupees", "roubles", "rubles", "yuan", "dinars", "shekels");

    /// <summary>Third-person subject pronouns.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThirdPerson = Set("it", "they", "he", "she");

    /// <summary>Modals of future intent (<c>will support</c>, <c>would allow</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentModals = Set(
        "will", "would", "'ll", "’ll", "shall");

    /// <summary>What one declines to do when declining is no rejection of anyone (<c>declined to comment</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Speech = Set(
        "comment", "say", "elaborate", "confirm", "discuss", "speculate", "reveal", "disclose", "name", "specify", "answer",
        "be", "express", "state", "describe", "identify");

    /// <summary>What follows a denial of a claim (<c>denied that</c>, <c>denied the allegations</c>), a statement rather than a rejection.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Claims = Set(
        "that", "there", "it", "he", "she", "they", "any", "having", "being", "reports", "report", "claims", "claim",
        "allegations", "allegation", "accusations", "charges", "wrongdoing", "responsibility", "involvement", "suggestions", "rumours", "rumors");

    /// <summary>Modals of mere possibility: a warning of what could happen is no threat.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Possibility = Set(
        "could", "might", "may", "can", "was", "is", "were", "are", "had", "has", "have");

    /// <summary>Negations.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations = Set("not", "n't", "never", "no", "cannot");

    /// <summary>Words after which a protest's target is named (<c>protested against</c>, <c>demanding</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProtestTargets = Set(
        "against", "targeted", "targeting", "demanding", "urging", "denouncing", "condemning");

    /// <summary>Prepositions that introduce a target after a trigger.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TargetPrepositions = Set(
        "against", "on", "with", "to", "for", "of", "at", "toward", "towards", "upon");

    /// <summary>Nouns of kinds of place (<c>the city of X</c>), after which a name is where, not who.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns = Set(
        "city", "town", "village", "province", "region", "district", "island", "state", "capital", "port", "enclave",
        "county", "area", "camp", "border", "territory");

    /// <summary>Prepositions of place and time after which a name is where or when, not who.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives = Set(
        "in", "at", "near", "outside", "inside", "across", "throughout", "around", "from", "into", "across", "during",
        "since", "until", "over", "within");

    /// <summary>Words that open a new clause.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = Set(
        "but", "while", "whereas", "although", "though", "because", "after", "before", "when", "whether", "despite",
        "said", "says", "according", "adding");

    /// <summary>Pronouns that stand for the speaker of a quote.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPerson = Set("we", "i");

    /// <summary>Relative pronouns that take the noun phrase before them as subject.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives = Set("who", "which", "that");

    /// <summary>Verbs of a verbal act that only an actor, never a thing, does (<c>Iran, which had condemned</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbalActs = Set(
        "condemn", "condemns", "condemned", "condemning", "criticise", "criticises", "criticised", "criticising", "criticize",
        "criticizes", "criticized", "criticizing", "accuse", "accuses", "accused", "accusing", "reject", "rejects", "rejected",
        "rejecting", "demand", "demands", "demanded", "demanding", "threaten", "threatens", "threatened", "threatening",
        "denounce", "denounces", "denounced", "denouncing");

    /// <summary>Verbs and nouns of death, injury and arrest that say what a count in the clause counts.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Killed = Set(
        "killed", "died", "dead", "deaths", "death", "killing", "killings", "murdered", "massacred", "slain", "executed", "toll",
        "murder", "massacre");

    /// <summary>See <see cref="Killed"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Injured = Set(
        "injured", "wounded", "hurt", "injuries", "injuring", "wounding");

    /// <summary>See <see cref="Killed"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Arrested = Set(
        "arrested", "detained", "arrests", "detentions", "jailed", "imprisoned", "rounded");

    /// <summary>Counted nouns that are people.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleUnits = Set(
        "people", "persons", "protesters", "protestors", "demonstrators", "civilians", "residents", "members", "students",
        "workers", "women", "men", "children", "soldiers", "troops", "police", "policemen", "officers", "fighters",
        "militants", "rebels", "supporters", "activists", "villagers", "citizens", "prisoners", "detainees", "victims",
        "journalists", "passengers", "refugees", "migrants", "rioters", "youths", "farmers", "miners", "worshippers",
        "pilgrims", "hostages", "individuals", "dissidents");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
