namespace Chronicle.Resolution.Roles;

/// <summary>Token-level questions the role finder asks of one article: tags, words, sentences and names.</summary>
internal sealed class TokenView
{
    private readonly string text;
    private readonly Annotations found;
    private readonly int[] entityAt;
    private readonly int[] sentenceEnd;

    public TokenView(string text, Annotations found)
    {
        this.text = text;
        this.found = found;
        entityAt = new int[found.Tokens.Length];
        Array.Fill(entityAt, -1);
        var t = 0;
        for (var e = 0; e < found.Entities.Length; e++)
        {
            var span = found.Entities[e].Span;
            while (t < entityAt.Length && found.Tokens[t].Span.End <= span.Start)
            {
                t++;
            }

            for (var i = t; i < entityAt.Length && found.Tokens[i].Span.Start < span.End; i++)
            {
                entityAt[i] = e;
            }
        }

        sentenceEnd = new int[found.Tokens.Length];
        foreach (var sentence in found.Sentences)
        {
            Array.Fill(sentenceEnd, sentence.FirstToken + sentence.TokenCount, sentence.FirstToken, sentence.TokenCount);
        }
    }

    public (int First, int Last)? TokenRange(int entity)
    {
        var first = Array.IndexOf(entityAt, entity);
        if (first < 0)
        {
            return null;
        }

        var last = first;
        while (last + 1 < entityAt.Length && entityAt[last + 1] == entityAt[first])
        {
            last++;
        }

        return (first, last);
    }

    public EntityMention Entity(int index) => found.Entities[index];

    public int Start(int token) => found.Tokens[token].Span.Start;

    public int End(int token) => found.Tokens[token].Span.End;

    public string Words(int from, int to) => text[Start(from)..End(to - 1)];

    public ReadOnlySpan<char> Text(TextSpan span) => text.AsSpan(span.Start, span.Length);

    public int SentenceEnd(int token) => sentenceEnd[token] == 0 ? found.Tokens.Length : sentenceEnd[token];

    public bool InEntity(int token) => entityAt[token] >= 0;

    public bool IsText(int token, string word) =>
        token < found.Tokens.Length && Token(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsDeterminer(int token) => IsText(token, "a") || IsText(token, "an") || IsText(token, "the");

    public bool IsPossessive(int token) => found.PosTags[token] == "POS";

    public bool IsNoun(int token) => found.PosTags[token].StartsWith("NN", StringComparison.Ordinal);

    public bool IsPreposition(int token) => found.PosTags[token] == "IN" || IsText(token, "to");

    public bool IsTitleWord(int token) =>
        !InEntity(token) && found.Tokens[token].Kind == TokenKind.Word
        && (IsNoun(token) || (found.PosTags[token] == "JJ" && char.IsLower(text[Start(token)])));

    public bool IsClauseBreak(int token) =>
        found.Tokens[token].Kind == TokenKind.Punctuation && Token(token) is "," or ";" or ":" or "." or "(" or ")" or "\u2014" or "--"
        || IsText(token, "who") || IsText(token, "which") || found.PosTags[token].StartsWith("VB", StringComparison.Ordinal);

    public bool IsSentenceFinal(int token) => Token(token) is "." or "!" or "?";

    public int? EntityEndingAt(int token) =>
        entityAt[token] is var e and >= 0 && found.Entities[e].Span.End == End(token) && IsAffiliation(found.Entities[e]) ? e : null;

    public int? EntityWithin(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (entityAt[i] is var e and >= 0 && IsAffiliation(found.Entities[e]))
            {
                return e;
            }
        }

        return null;
    }

    public string? CountryOf(TextSpan span)
    {
        foreach (var place in found.Places)
        {
            if (place.Span.Overlaps(span))
            {
                return place.Place.Country;
            }
        }

        return null;
    }

    private ReadOnlySpan<char> Token(int token) => text.AsSpan(found.Tokens[token].Span.Start, found.Tokens[token].Span.Length);

    private static bool IsAffiliation(EntityMention mention) => mention.Type is EntityType.Gpe or EntityType.Org or EntityType.Norp;
}
