using System.Text;

namespace Chronicle.Storage.Queries;

/// <summary>
/// Turns what a user types into an FTS5 query that cannot be a syntax error: every word is a quoted phrase (all must
/// occur), and a trailing <c>*</c> keeps its prefix meaning. Operators and column filters are not offered.
/// </summary>
public static class FullTextQuery
{
    /// <summary>The FTS5 MATCH expression, or null when the input has no words.</summary>
    public static string? From(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var word in input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = word.EndsWith('*');
            var bare = word.TrimEnd('*').Replace("\"", "\"\"", StringComparison.Ordinal);
            if (!bare.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            query.Append(query.Length == 0 ? "" : " ").Append('"').Append(bare).Append('"').Append(prefix ? "*" : "");
        }

        return query.Length == 0 ? null : query.ToString();
    }
}
