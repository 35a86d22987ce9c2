namespace Chronicle.Events.Coding;

/// <summary>One row of <c>acled.tsv</c>: which PLOVER events it fits and the ACLED type it gives (null: none).</summary>
internal sealed record AcledRule(PloverType Type, string Mode, IReadOnlyList<string> TriggerStems, AcledType? Result)
{
    public const string AnyMode = "*";
    public const string NoMode = "-";

    public bool Fits(PloverType type, string? mode, ReadOnlySpan<char> trigger) =>
        type == Type
        && (Mode == AnyMode || (Mode == NoMode ? string.IsNullOrEmpty(mode) : string.Equals(Mode, mode, StringComparison.OrdinalIgnoreCase)))
        && (TriggerStems.Count == 0 || MappingTable.StartsAWord(trigger, TriggerStems));
}
