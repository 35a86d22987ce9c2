using System.Text;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// Turns what a user types into a <c>to_tsquery('simple', ...)</c> expression with the meaning
/// <see cref="Queries.FullTextQuery"/> gives it on SQLite: every word must occur (its letter and digit runs as a phrase,
/// <c>e-mail</c> → <c>e &lt;-&gt; mail</c>), a trailing <c>*</c> makes it a prefix. Only letters and digits reach the
/// expression, so no input is a syntax error. Case is folded by PostgreSQL for all scripts; unlike FTS5, accents
/// are kept (<c>café</c> does not find <c>cafe</c>).
/// </summary>
internal static class PostgresTextQuery
{
    /// <summary>The tsquery text, or null when the input has no words.</summary>
    public static string? From(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var word in input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var runs = Runs(word.TrimEnd('*'));
            if (runs.Count == 0)
            {
                continue;
            }

            if (word.EndsWith('*'))
            {
                runs[^1] += ":*";
            }

            query.Append(query.Length == 0 ? "" : " & ").Append('(').AppendJoin(" <-> ", runs).Append(')');
        }

        return query.Length == 0 ? null : query.ToString();
    }

    private static List<string> Runs(string word)
    {
        var runs = new List<string>();
        var start = -1;
        for (var i = 0; i <= word.Length; i++)
        {
            var inside = i < word.Length && char.IsLetterOrDigit(word[i]);
            if (inside && start < 0)
            {
                start = i;
            }
            else if (!inside && start >= 0)
            {
                runs.Add(word[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return runs;
    }
}
