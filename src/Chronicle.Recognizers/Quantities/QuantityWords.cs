namespace Chronicle.Recognizers.Quantities;

/// <summary>The word lists behind <see cref="QuantityLexicon"/>, as reviewable text. General English, not keyed to any article.</summary>
internal static class QuantityWords
{
    // Vague words: the plural scales allow 2..9.99 of their scale (hundreds: 200..999) and stand for 5 of it.
    // Dozens (24..99) and scores (40..99) stop below a hundred, where writers switch to "hundreds".
    public static readonly KeyValuePair<string, VagueNumber>[] VagueNumbers =
    [
        new("dozens", new(24, 99, 50, VagueForm.PluralScale)),
        new("scores", new(40, 99, 60, VagueForm.PluralScaleNeedsOf)),
        new("tens", new(20, 99, 50, VagueForm.PluralScaleNeedsOf)),
        new("hundreds", new(200, 999, 500, VagueForm.PluralScale)),
        new("thousands", new(2_000, 9_999, 5_000, VagueForm.PluralScale)),
        new("millions", new(2_000_000, 9_999_999, 5_000_000, VagueForm.PluralScale)),
        new("billions", new(2_000_000_000, 9_999_999_999, 5_000_000_000, VagueForm.PluralScale)),
        new("several", new(3, 9, 5, VagueForm.Multiplier)),
        new("few", new(2, 5, 3, VagueForm.MultiplierNeedsArticle)),
        new("couple", new(2, 3, 2, VagueForm.MultiplierNeedsArticleAndOf)),
        new("handful", new(3, 5, 4, VagueForm.MultiplierNeedsArticle)),
    ];

    // Longest phrases first so "no more than" wins over "more than".
    public static readonly (string Phrase, Cue Cue)[] Cues =
    [
        ("no fewer than", Cue.AtLeast), ("no less than", Cue.AtLeast), ("not less than", Cue.AtLeast),
        ("a minimum of", Cue.AtLeast), ("in excess of", Cue.MoreThan), ("no more than", Cue.AtMost),
        ("not more than", Cue.AtMost), ("a maximum of", Cue.AtMost), ("as many as", Cue.AtMost),
        ("as high as", Cue.AtMost), ("as much as", Cue.AtMost), ("as few as", Cue.Approx),
        ("just under", Cue.Nearly), ("just below", Cue.Nearly), ("just short of", Cue.Nearly), ("close to", Cue.Nearly),
        ("an estimated", Cue.Approx), ("more or less", Cue.Approx), ("just over", Cue.MoreThan), ("well over", Cue.MoreThan),
        ("at least", Cue.AtLeast), ("more than", Cue.MoreThan), ("upwards of", Cue.MoreThan), ("upward of", Cue.MoreThan),
        ("up to", Cue.AtMost), ("at most", Cue.AtMost), ("fewer than", Cue.LessThan), ("less than", Cue.LessThan),
        ("over", Cue.MoreThan), ("under", Cue.LessThan), ("below", Cue.LessThan),
        ("about", Cue.Approx), ("around", Cue.Approx), ("some", Cue.Approx), ("roughly", Cue.Approx),
        ("approximately", Cue.Approx), ("estimated", Cue.Approx), ("circa", Cue.Approx), ("nearly", Cue.Nearly),
        ("almost", Cue.Nearly), ("between", Cue.Between),
    ];

    public const string NumberWords =
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        + "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion "
        + "trillion dozen";

    public const string TimeUnits =
        "second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year years "
        + "decade decades century centuries millennium millennia weekend weekends night nights times yrs hrs mins secs";

    public const string Stops =
        "of in at on for to from by with without into onto during after before over under across around near "
        + "outside inside against among amongst between since until till through throughout per via as than like "
        + "upon within along behind beyond toward towards despite except about above below off out up down "
        + "and or but nor yet so if because while whereas although though unless whether "
        + "the a an another this that these those who whom whose which what where when why how "
        + "it its they them their theirs he him his she her hers we us our you your i me my there here "
        + "is are was were be been being am have has had having do does did will would can could may might "
        + "must shall should ought "
        + "not no never also still already reportedly allegedly now then only just ago later earlier "
        + "apiece again too even ever each every either neither both all any some such very last next previous past "
        + "coming "
        + "said says say told tell according percent cent pc per-cent "
        + "died die dies fled ran run went go goes came come took take left met fell rose won lost made saw got gave "
        + "held led kept became remain remains stood sat lay hit shot set put cut began begun";

    public const string NotHeads =
        "more most less least fewer many much other others additional extra new old further same different total "
        + "former top senior junior major minor main key young older younger own";

    public const string Labels =
        "number no nos num version v page pages p pp chapter article articles section sections room flight route "
        + "platform gate level grade size channel line season series episode vol volume issue clause paragraph "
        + "category phase stage round game division tier row seat block unit bus lane exit junction highway "
        + "interstate road street avenue apartment floor terminal pier berth gate track lot box code zone district "
        + "ward precinct aged age ages resolution act amendment rule law bill order item point note figure table "
        + "mark model type class generation gen rank ranked ranking no. windows iphone galaxy ps xbox";

    public const string Months =
        "January February March April May June July August September October November December "
        + "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec";

    public const string Clock = "am pm gmt bst utc est edt pst pdt cet cest ist jst hrs o'clock oclock";

    public const string IrregularPlurals =
        "people men women children police personnel staff pence yen yuan baht renminbi rupiah ringgit lira rouble rand "
        + "kroner krona kronor reais cattle sheep aircraft livestock infantry clergy youth "
        + "feet teeth geese mice data media offspring deer fish folk gentlemen businessmen servicemen policemen "
        + "firemen gunmen tribesmen militiamen fishermen congressmen spokesmen countrymen kinsmen chairmen";

    public const string PluralModifiers = "police news arms sales sports goods customs savings";

    public const string NotBeforeOne =
        "no the any every each this that which another last someone anyone everyone no-one such what whichever "
        + "little big new old same very";

    public const string BeforeYear =
        "in since by from until till to during before after of the early late mid around circa throughout between "
        + "and or year spring summer autumn fall winter its their his her our my your this last next that";

    public const string Fractions = "half halves third thirds quarter quarters fifths sixths sevenths eighths ninths tenths";
}
