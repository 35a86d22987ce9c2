using System.Text;
using static Chronicle.Reliability.Tests.Hostile.Payloads;

namespace Chronicle.Reliability.Tests.Hostile;

/// <summary>
/// Every input one reader is fed: each payload bare and wrapped where the format carries article text, then the
/// attacks peculiar to the format (deep nesting, entity expansion, huge numbers). Fixed seed: the same inputs each run.
/// </summary>
internal static class HostileCorpus
{
    public const int Seed = 20261122;

    public static IReadOnlyList<string> Formats { get; } = ["text", "html", "feed", "jsonl", "reuters-sgml"];

    public static IReadOnlyList<HostileInput> For(string format)
    {
        // string.GetHashCode differs from one process to the next: the format's own characters make a stable seed.
        var random = new Random(Seed ^ format.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)));
        var payloads = All(random).ToList();
        IEnumerable<HostileInput> specific = format switch
        {
            "text" => [],
            "html" => HtmlAttacks.All(),
            "feed" => FeedAttacks.All(),
            "jsonl" => JsonAttacks.All(),
            "reuters-sgml" => SgmlAttacks.All(),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no such reader"),
        };
        return [.. payloads, .. payloads.Select(p => p with { Name = "wrapped " + p.Name, Bytes = Wrap(format, p.Bytes) }), .. specific];
    }

    private static byte[] Wrap(string format, byte[] payload) => format switch
    {
        "text" => [.. Utf8("date 2024-03-05\nMarch on the ministry\n\n"), .. payload],
        "html" => [.. Utf8("<!DOCTYPE html><html><head><title>March on the ministry</title></head><body><article><p>"), .. payload,
            .. Utf8("</p></article></body></html>")],
        "feed" => [.. Utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title><item><title>March</title><link>https://example.org/a</link><description><![CDATA["),
            .. payload, .. Utf8("]]></description></item></channel></rss>")],
        "jsonl" => [.. Utf8("{\"url\":\"https://example.org/a\",\"title\":\"March\",\"text\":\""), .. JsonBody(payload), .. Utf8("\"}\n")],
        _ => [.. Utf8("<REUTERS NEWID=\"1\"><DATE> 5-MAR-1987 10:00:00.00</DATE><TEXT><TITLE>MARCH</TITLE><BODY>"), .. payload,
            .. Utf8("</BODY></TEXT></REUTERS>\n")],
    };

    /// <summary>Valid UTF-8 is escaped as a JSON string would be; other bytes go in raw, to reach the decoder.</summary>
    private static byte[] JsonBody(byte[] payload)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(payload);
            var quoted = System.Text.Json.JsonSerializer.Serialize(text);
            return Encoding.UTF8.GetBytes(quoted[1..^1]);
        }
        catch (DecoderFallbackException)
        {
            return payload;
        }
    }
}
