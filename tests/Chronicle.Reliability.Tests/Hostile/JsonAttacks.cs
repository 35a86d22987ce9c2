using static Chronicle.Reliability.Tests.Hostile.Payloads;

namespace Chronicle.Reliability.Tests.Hostile;

/// <summary>JSON Lines with huge numbers, deep nesting, lone surrogate escapes and fields of the wrong kind.</summary>
internal static class JsonAttacks
{
    private const string Text = "\"text\":\"Police said about 200 people marched to the ministry on Monday.\"";

    public static IEnumerable<HostileInput> All()
    {
        yield return new("huge exponent", Utf8("{" + Text + ",\"n\":1e999999}\n"));
        yield return new("100,000-digit integer", Utf8("{" + Text + ",\"n\":" + new string('9', 100_000) + "}\n"));
        yield return new("huge number as published", Utf8("{" + Text + ",\"published\":1e400}\n"));
        yield return new("huge number as text", Utf8("{\"text\":" + new string('9', 50_000) + "}\n"));
        yield return new("10,000-level nested arrays", Utf8("{" + Text + ",\"a\":" + Repeat("[", 10_000) + Repeat("]", 10_000) + "}\n"));
        yield return new("10,000-level nested objects", Utf8(Repeat("{\"a\":", 50_000) + "1" + Repeat("}", 10_000) + "\n"));
        yield return new("lone surrogate escape in text", Utf8("{\"text\":\"Police said \\ud800 200 people marched.\"}\n"));
        yield return new("lone low surrogate escape in title", Utf8("{\"title\":\"\\udc00\"," + Text + "}\n"));
        yield return new("lone surrogate escape in url", Utf8("{\"url\":\"https://example.org/\\ud800\"," + Text + "}\n"));
        yield return new("lone surrogate escape in metadata", Utf8("{\"author\":\"\\udfff\"," + Text + "}\n"));
        yield return new("NUL escape in text", Utf8("{\"text\":\"Police said\\u0000 200 people marched.\"}\n"));
        yield return new("controls escaped in text", Utf8("{\"text\":\"Police\\u001b[31m said\\u0007 200 \\u202e people marched.\"}\n"));
        yield return new("duplicate keys", Utf8("{\"text\":\"first\",\"text\":\"Police said 200 people marched.\",\"url\":1,\"url\":\"https://example.org/a\"}\n"));
        yield return new("wrong kinds", Utf8("{\"text\":[1,2],\"title\":{}}\n{\"text\":true}\n{\"text\":null}\n[1,2]\n\"just a string\"\n42\n"));
        yield return new("NaN and Infinity", Utf8("{" + Text + ",\"n\":NaN,\"m\":Infinity}\n"));
        yield return new("100,000 empty objects", Utf8(Repeat("{}\n", 300_000)));
        yield return new("1 MB key", Utf8("{\"" + new string('k', Megabyte) + "\":1," + Text + "}\n"));
        yield return new("1 MB string field", Utf8("{" + Text + ",\"x\":\"" + new string('x', Megabyte) + "\"}\n"));
        yield return new("line over the limit then a good one", Utf8("{\"text\":\"" + new string('a', 6 * Megabyte) + "\"}\n{" + Text + "}\n"));
        yield return new("published absurd", Utf8("{" + Text + ",\"published\":\"99999-99-99\"}\n{" + Text + ",\"published\":\"Mon, 99 Foo 1987\"}\n"));
        yield return new("unterminated", Utf8("{\"text\":\"Police said 200 people marched."));
    }
}
