namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>One attribution the taggers propose, as token ranges [First, End), before the filter judges it.</summary>
/// <param name="CueFirst">The cue's first token.</param>
/// <param name="CueEnd">One past the cue's last token.</param>
/// <param name="CueScore">How far the cue tagger's score for the cue's first token beat no cue.</param>
/// <param name="Source">The source's tokens, if found.</param>
/// <param name="Content">The content's tokens.</param>
/// <param name="GroupScore">For a cue the verb group scorer proposed (not the cue tagger), its score; the cue score is then that too.</param>
internal sealed record AttributionCandidate(int CueFirst, int CueEnd, float CueScore, (int First, int End)? Source, (int First, int End) Content, float? GroupScore = null);
