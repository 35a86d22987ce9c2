using System.Collections.Frozen;

namespace Chronicle.Resolution.Coreference;

/// <summary>English irregular verbs and nouns: each inflected form to its lemma.</summary>
internal static class IrregularForms
{
    // lemma past participle [more forms]: general English morphology, not drawn from any corpus.
    private const string Verbs = """
        be was were been is are am being|have had has|do did done does|go went gone goes|say said says|
        get got gotten|make made|know knew known|think thought|take took taken|see saw seen|come came|
        give gave given|find found|tell told|become became|leave left|feel felt|bring brought|begin began begun|
        keep kept|hold held|write wrote written|stand stood|hear heard|mean meant|meet met|run ran|pay paid|
        sit sat|speak spoke spoken|lie lay lain lied|lead led|read|grow grew grown|lose lost|fall fell fallen|
        send sent|build built|understand understood|draw drew drawn|break broke broken|spend spent|rise rose risen|
        drive drove driven|buy bought|wear wore worn|choose chose chosen|seek sought|throw threw thrown|
        catch caught|deal dealt|win won|forget forgot forgotten|shoot shot|fight fought|flee fled|sell sold|
        strike struck stricken|steal stole stolen|beat beaten|bite bit bitten|blow blew blown|bear bore born borne|
        dig dug|feed fed|fly flew flown|freeze froze frozen|hang hung|hide hid hidden|lay laid|light lit|
        ride rode ridden|ring rang rung|shake shook shaken|shine shone|sink sank sunk|slay slew slain|
        slide slid|spring sprang sprung|stick stuck|sting stung|swear swore sworn|sweep swept|swim swam swum|
        swing swung|teach taught|tear tore torn|wake woke woken|weep wept|withdraw withdrew withdrawn|
        undergo underwent undergone|overthrow overthrew overthrown|sing sang sung|drink drank drunk|eat ate eaten|
        forbid forbade forbidden|forgive forgave forgiven|arise arose arisen|awake awoke awoken|bend bent|
        bleed bled|breed bred|cling clung|creep crept|dive dove|flee fled|fling flung|grind ground|
        leap leapt|lend lent|mislead misled|overcome overcame|oversee oversaw overseen|rebuild rebuilt|
        seize seized|shrink shrank shrunk|slit|spin spun|split|strive strove striven|swell swollen|
        tread trod trodden|uphold upheld|weave wove woven|wind wound|wring wrung|die died dying dies|
        tie tied tying ties|lie lying lies|hit|put|set|cut|hurt|let|cost|quit|shut|spread|burst|cast|broadcast|
        upset|bet|bid|fit|rid|shed|thrust|forecast|sentence sentenced|
        """;

    private const string Nouns = """
        man men|woman women|child children|person people|foot feet|tooth teeth|mouse mice|goose geese|
        crisis crises|analysis analyses|thesis theses|criterion criteria|phenomenon phenomena|medium media
        """;

    /// <summary>Each irregular form (lower case) to its lemma.</summary>
    public static FrozenDictionary<string, string> Build()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in (Verbs + "|" + Nouns).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = group.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                forms.TryAdd(word, words[0]);
            }
        }
        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
