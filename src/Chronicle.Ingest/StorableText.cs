namespace Chronicle.Ingest;

/// <summary>
/// Text a store can keep exactly: no NUL characters (PostgreSQL refuses them and C string APIs stop at them) and no
/// lone surrogates (they cannot be encoded as UTF-8, so the stored text would differ from the text analysed).
/// </summary>
public static class StorableText
{
    /// <summary>Null when <paramref name="value"/> can be stored as it is, else why not, naming <paramref name="field"/>.</summary>
    public static string? Problem(string? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                return $"{field} contains a NUL character (at {i})";
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"{field} contains a lone surrogate (U+{(int)c:X4} at {i}), which is not valid Unicode";
            }
        }

        return null;
    }
}
