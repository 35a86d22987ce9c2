namespace Chronicle.Recognizers.Quotes;

/// <summary>A cue found with its speaker: the cue's tokens [<paramref name="First"/>, <paramref name="End"/>).</summary>
internal readonly record struct CueMatch(int First, int End, Speaker? Speaker, Stance Stance, int ClauseEnd);
