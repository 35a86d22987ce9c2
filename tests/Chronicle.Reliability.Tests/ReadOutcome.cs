using Chronicle.Ingest;

namespace Chronicle.Reliability.Tests;

/// <summary>What a reader gave for one input, and whether that is acceptable: a storable article or a clear error.</summary>
internal static class ReadOutcome
{
    /// <summary>Null when every result is acceptable, else what is wrong with the first that is not.</summary>
    public static string? Problem(IReadOnlyList<ReadResult> results)
    {
        if (results.Count == 0)
        {
            return "no result at all (neither a document nor an error)";
        }

        foreach (var result in results)
        {
            var problem = result switch
            {
                DocumentRead { Document: var d } when string.IsNullOrWhiteSpace(d.Text) => "a document without text",
                DocumentRead { Document: var d } => Unstorable(d.Text, "text") ?? Unstorable(d.Title, "title") ?? Unstorable(d.Source, "source")
                    ?? d.Metadata.Select(m => Unstorable(m.Value, "metadata " + m.Key)).FirstOrDefault(p => p is not null),
                ReadFailure f when string.IsNullOrWhiteSpace(f.Reason) => "an error without a reason",
                ReadFailure f when f.Reason.Length > 300 || f.Reason.Contains('\n', StringComparison.Ordinal) =>
                    $"an error that is not one short line ({f.Reason.Length} chars)",
                ReadFailure f when f.Source.Length == 0 => "an error that names no input",
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>Text that cannot round-trip through UTF-8 storage (lone surrogates) or that ends at a NUL in C APIs.</summary>
    private static string? Unstorable(string? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            return $"a NUL character in the {field}";
        }

        return IsValidUtf16(value) ? null : $"a lone surrogate in the {field}";
    }

    private static bool IsValidUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
