using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Chronicle.Evaluation.Timex;

/// <summary>
/// Reads TimeML (<c>.tml</c>) files. A small hand parser rather than an XML reader, because the offsets
/// must be counted in the text with the tags removed, which is what the TempEval-3 scorer aligns on.
/// </summary>
public static class TimeMlReader
{
    /// <summary>Reads one file.</summary>
    public static TimeMlDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(Path.GetFileName(path), File.ReadAllText(path));
    }

    /// <summary>Parses the content of a TimeML file.</summary>
    public static TimeMlDocument Parse(string name, string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var published = ReadCreationDate(xml);
        var open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var close = xml.LastIndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            return new TimeMlDocument(name, published, string.Empty, []);
        }

        var text = new StringBuilder();
        var gold = ImmutableArray.CreateBuilder<TimeMention>();
        (int Start, TimexType Type, string Value)? pending = null;
        for (var i = open + "<TEXT>".Length; i < close; i++)
        {
            var c = xml[i];
            if (c == '<')
            {
                var end = xml.IndexOf('>', i);
                var tag = xml.AsSpan(i + 1, end - i - 1);
                if (tag.StartsWith("TIMEX3 "))
                {
                    var attributes = tag.ToString();
                    pending = (text.Length, ParseType(Attribute(attributes, "type")), Attribute(attributes, "value") ?? string.Empty);
                }
                else if (tag.StartsWith("/TIMEX3") && pending is { } p)
                {
                    gold.Add(new TimeMention(new TextSpan(p.Start, text.Length), p.Type, p.Value));
                    pending = null;
                }

                i = end;
            }
            else if (c == '&')
            {
                var end = xml.IndexOf(';', i);
                text.Append(Entity(xml.AsSpan(i + 1, end - i - 1)));
                i = end;
            }
            else
            {
                text.Append(c);
            }
        }

        return new TimeMlDocument(name, published, text.ToString(), gold.ToImmutable());
    }

    private static DateOnly? ReadCreationDate(string xml)
    {
        var dct = xml.IndexOf("<DCT>", StringComparison.Ordinal);
        if (dct < 0)
        {
            return null;
        }

        var end = xml.IndexOf("</DCT>", dct, StringComparison.Ordinal);
        var value = Attribute(xml[dct..end], "value");
        return value is { Length: >= 10 }
               && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static string? Attribute(string tag, string name)
    {
        var key = " " + name + "=\"";
        var at = tag.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + key.Length;
        return tag[start..tag.IndexOf('"', start)];
    }

    private static TimexType ParseType(string? type) => type switch
    {
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => TimexType.Date,
    };

    private static string Entity(ReadOnlySpan<char> name) => name switch
    {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ when name.StartsWith("#x") => char.ConvertFromUtf32(int.Parse(name[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
        _ when name.StartsWith('#') => char.ConvertFromUtf32(int.Parse(name[1..], CultureInfo.InvariantCulture)),
        _ => "&" + name.ToString() + ";",
    };
}
