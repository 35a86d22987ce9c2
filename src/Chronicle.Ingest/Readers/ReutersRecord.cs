using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Ingest.Readers;

/// <summary>One Reuters-21578 record's fields, its SGML entities resolved and the wire's control characters dropped.</summary>
internal static partial class ReutersRecord
{
    public static ReadResult Parse(string file, string record)
    {
        var id = NewId().Match(record) is { Success: true } m ? m.Groups[1].Value : null;
        var source = id is null ? file : $"{file}:{id}";
        var title = Clean(Element(record, "TITLE"));
        var dateline = Clean(Element(record, "DATELINE"));
        var body = Element(record, "BODY");
        string? text;
        if (body is not null)
        {
            var cleaned = WithoutSignOff(Unescape(body).Trim());
            text = string.IsNullOrEmpty(dateline) ? cleaned : $"{dateline} {cleaned}";
        }
        else if (title is not null)
        {
            text = title; // a headline-only brief: its body is a placeholder
        }
        else
        {
            text = Unescape(Tag().Replace(Element(record, "TEXT") ?? "", "")).Trim();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new ReadFailure(source, "record has no text");
        }

        var metadata = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var field in (ReadOnlySpan<string>)["TOPICS", "PLACES"])
        {
            var values = Item().Matches(Element(record, field) ?? "").Select(v => v.Groups[1].Value).ToList();
            if (values.Count > 0)
            {
                metadata[field.ToLowerInvariant()] = string.Join(' ', values);
            }
        }

        return new DocumentRead(new Document(source, title, Date(Element(record, "DATE")), TextDecoding.NormalizeNewlines(text), metadata.ToImmutable()));
    }

    /// <summary>The content of the first <c>&lt;NAME ...&gt;</c> element, or null.</summary>
    private static string? Element(string record, string name)
    {
        var open = record.IndexOf("<" + name, StringComparison.Ordinal);
        while (open >= 0 && record.Length > open + name.Length + 1 && record[open + name.Length + 1] is not ('>' or ' '))
        {
            open = record.IndexOf("<" + name, open + 1, StringComparison.Ordinal);
        }

        var start = open < 0 ? -1 : record.IndexOf('>', open);
        var end = start < 0 ? -1 : record.IndexOf("</" + name + ">", start, StringComparison.Ordinal);
        return end < 0 ? null : record[(start + 1)..end];
    }

    /// <summary>A title or dateline: entities resolved, runs of whitespace made one space; null when empty.</summary>
    private static string? Clean(string? value) =>
        value is null ? null : Whitespace().Replace(Unescape(value), " ").Trim() is { Length: > 0 } clean ? clean : null;

    /// <summary>Resolves SGML entities; character references to control characters (the wire's framing) are dropped.</summary>
    internal static string Unescape(string value)
    {
        if (!value.Contains('&', StringComparison.Ordinal))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var semicolon = value[i] == '&' ? value.IndexOf(';', i) : -1;
            if (semicolon < 0 || semicolon - i > 8)
            {
                builder.Append(value[i]);
                continue;
            }

            var name = value.AsSpan(i + 1, semicolon - i - 1);
            char? resolved = name switch
            {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                "apos" => '\'',
                _ when name.Length > 1 && name[0] == '#' && int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code < 0xFFFF
                    => (char)code,
                _ => null,
            };
            if (resolved is not { } c)
            {
                builder.Append(value[i]);
                continue;
            }

            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                builder.Append(c);
            }

            i = semicolon;
        }

        return builder.ToString();
    }

    /// <summary>The wire's closing <c>Reuter</c> line is a sign-off, not part of the story.</summary>
    private static string WithoutSignOff(string body)
    {
        var last = body.LastIndexOf('\n');
        var tail = body.AsSpan(last + 1).Trim();
        return last > 0 && tail.Equals("Reuter", StringComparison.OrdinalIgnoreCase) ? body[..last].TrimEnd() : body;
    }

    /// <summary>The calendar date of <c>26-FEB-1987 15:01:01.79</c>.</summary>
    private static DateOnly? Date(string? value)
    {
        var day = value?.Trim().Split(' ')[0];
        return DateOnly.TryParseExact(day, "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    [GeneratedRegex("""<REUTERS[^>]*\bNEWID="(\d+)"[^>]*>""")]
    private static partial Regex NewId();

    [GeneratedRegex("<D>([^<]*)</D>")]
    private static partial Regex Item();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
