using System.Collections.Frozen;

namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // Business and market news borrows the verbs of politics and war: shares `shot up`, a firm `executed a contract`,
    // an agency `withdrew its ratings`, a company `agreed to buy` another. Read that way, the verb tells no political event.
    private bool MarketSense(Mention m, int t, bool passive, int end)
    {
        // `Shares of X shot up 3-1/4 to 41`: a price that shoots up or down moves by a figure; a gunman shoots someone.
        if (m.Type == PloverType.Assault && !passive && view.Word(t).StartsWith("sho", StringComparison.OrdinalIgnoreCase)
            && m.Last + 2 < end && view.Word(m.Last + 1) is "up" or "down" && ByFigure(m.Last + 2))
        {
            return true;
        }

        // `executed a letter of intent`, `withdrew its ratings on the debentures`: a deal signed, a rating or a bid taken
        // back are dealings of the market, not an execution or a retreat (`executed two prisoners` is).
        if (m.Type is PloverType.Assault or PloverType.Retreat && !passive
            && (view.Word(t).StartsWith("execut", StringComparison.OrdinalIgnoreCase) || view.Word(t).StartsWith("withdr", StringComparison.OrdinalIgnoreCase))
            && ObjectHead(m.Last, end) is var dealt and >= 0 && view.Is(dealt, Dealings))
        {
            return true;
        }

        // `offered to buy the rest of the shares`, `agreed to acquire Beta Inc`: trade is no offer to, or agreement with,
        // another party.
        return m.Type == PloverType.Agree && m.Last + 2 < end && view.Word(m.Last + 1) is "to" && view.Is(m.Last + 2, Trading);
    }

    // `up 3-1/4 to 41`, `down to 12 dlrs`, `up by 5 pct`: a figure, or `to`/`by` before one.
    private bool ByFigure(int k) => view.Tag(k) == "CD" || (view.Word(k) is "to" or "by" or "from" && view.Tag(k + 1) == "CD");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Trading =
        FrozenSet.ToFrozenSet(["buy", "sell", "purchase", "acquire", "invest", "merge"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Papers and positions of trade and finance: what a firm executes, places or withdraws.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Dealings =
        FrozenSet.ToFrozenSet(
            ["contract", "contracts", "letter", "order", "orders", "licence", "licences", "license", "licenses", "trade", "trades",
             "transaction", "transactions", "swap", "swaps", "lease", "sale", "purchase", "rating", "ratings", "listing",
             "listings", "bid", "bids", "stake", "shares", "debentures", "bonds", "notes"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
