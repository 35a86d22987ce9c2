using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Chronicle.Recognizers.Quantities;

/// <summary>
/// The words the quantity recogniser knows: vague numbers, qualifying phrases, time units (left to the time
/// recogniser), words that end a counted noun phrase, and words that mark a number as a label or a date.
/// Built once and passed to <see cref="QuantityRecognizer"/>; immutable and thread-safe.
/// </summary>
public sealed class QuantityLexicon
{
    private QuantityLexicon(
        FrozenDictionary<string, VagueNumber> vague,
        ImmutableArray<(string[] Reversed, Cue Cue)> cues,
        Func<string, FrozenSet<string>> set)
    {
        Vague = vague;
        Cues = cues;
        Triggers = set(QuantityWords.NumberWords + " " + string.Join(' ', vague.Keys));
        TimeUnits = set(QuantityWords.TimeUnits);
        Fractions = set(QuantityWords.Fractions);
        Stops = set(QuantityWords.Stops);
        NotHeads = set(QuantityWords.NotHeads);
        Labels = set(QuantityWords.Labels);
        Months = set(QuantityWords.Months);
        Clock = set(QuantityWords.Clock);
        IrregularPlurals = set(QuantityWords.IrregularPlurals);
        PluralModifiers = set(QuantityWords.PluralModifiers);
        NotBeforeOne = set(QuantityWords.NotBeforeOne);
        BeforeYear = set(QuantityWords.BeforeYear);
        CueWords = set(string.Join(' ', cues.SelectMany(c => c.Reversed)));
    }

    /// <summary>The lexicon built into this version of Chronicle.</summary>
    public static QuantityLexicon CreateDefault() =>
        new(QuantityWords.VagueNumbers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            [.. QuantityWords.Cues.Select(c => (c.Phrase.Split(' ').Reverse().ToArray(), c.Cue))],
            words => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>The version stored with what the recogniser produced.</summary>
    public static string Version => "1";

    /// <summary>Vague number words and what they allow.</summary>
    public FrozenDictionary<string, VagueNumber> Vague { get; }

    /// <summary>Qualifying phrases, words in reverse order, longest first.</summary>
    public ImmutableArray<(string[] Reversed, Cue Cue)> Cues { get; }

    /// <summary>Words that can start a number (<c>two</c>, <c>hundred</c>, <c>dozens</c>).</summary>
    public FrozenSet<string> Triggers { get; }

    /// <summary>Units of time: a number before one is a duration, left to the time recogniser.</summary>
    public FrozenSet<string> TimeUnits { get; }

    /// <summary>Fractions (<c>two thirds</c>): the number is a share, not a count.</summary>
    public FrozenSet<string> Fractions { get; }

    /// <summary>Words that end a counted noun phrase: prepositions, determiners, pronouns, auxiliaries, adverbs.</summary>
    public FrozenSet<string> Stops { get; }

    /// <summary>Words that modify a counted noun but are not one (<c>more</c>, <c>other</c>).</summary>
    public FrozenSet<string> NotHeads { get; }

    /// <summary>Words before a number that make it a label (<c>Article 5</c>, <c>number 10</c>, <c>aged 25</c>).</summary>
    public FrozenSet<string> Labels { get; }

    /// <summary>Month names and abbreviations: a number next to one is a date.</summary>
    public FrozenSet<string> Months { get; }

    /// <summary>Words after a number that make it a clock time (<c>pm</c>, <c>GMT</c>).</summary>
    public FrozenSet<string> Clock { get; }

    /// <summary>Plural nouns that do not end in s (<c>people</c>, <c>police</c>).</summary>
    public FrozenSet<string> IrregularPlurals { get; }

    /// <summary>Plurals that can modify a following noun (<c>police officers</c>, <c>arms dealers</c>).</summary>
    public FrozenSet<string> PluralModifiers { get; }

    /// <summary>Words before <c>one</c> that make it a pronoun (<c>no one</c>, <c>the one</c>).</summary>
    public FrozenSet<string> NotBeforeOne { get; }

    /// <summary>Words before a four-digit number that make it a year (<c>in 1998</c>, <c>the 2013 protests</c>).</summary>
    public FrozenSet<string> BeforeYear { get; }

    /// <summary>Every word of a qualifying phrase.</summary>
    public FrozenSet<string> CueWords { get; }
}
