using static Chronicle.Reliability.Tests.Hostile.Payloads;

namespace Chronicle.Reliability.Tests.Hostile;

/// <summary>Reuters SGML with records that never close, nest, or carry absurd fields.</summary>
internal static class SgmlAttacks
{
    private const string Record = "<REUTERS NEWID=\"7\"><DATE>5-MAR-1987</DATE><TEXT><TITLE>MARCH</TITLE><BODY>Police said 200 people marched on Monday.</BODY></TEXT></REUTERS>\n";

    public static IEnumerable<HostileInput> All()
    {
        yield return new("unclosed record", Utf8("<REUTERS NEWID=\"1\"><TEXT><BODY>" + Repeat("words and more words\n", Megabyte)));
        yield return new("10,000 nested records", Utf8(Repeat("<REUTERS>", 90_000) + "<BODY>x</BODY>" + Repeat("</REUTERS>", 100_000)));
        yield return new("absurd date and id", Utf8("<REUTERS NEWID=\"" + new string('9', 10_000) + "\"><DATE>99-FOO-99999 99:99</DATE><TEXT><BODY>Police said 200 people marched.</BODY></TEXT></REUTERS>\n"));
        yield return new("record over the limit then a good one", Utf8("<REUTERS NEWID=\"1\"><TEXT><BODY>" + Repeat("long line\n", 6 * Megabyte) + "</BODY></TEXT></REUTERS>\n" + Record));
        yield return new("10,000 records", Utf8(Repeat(Record, 10_000 * Record.Length)));
        yield return new("tags without ends", Utf8("<REUTERS NEWID=\"2\"><TEXT><TITLE><BODY><DATELINE></REUTERS>\n"));
        yield return new("entities", Utf8("<REUTERS NEWID=\"3\"><TEXT><BODY>&#0; &#3; &lt;script&gt; &#xFFFFFF; &nosuch;</BODY></TEXT></REUTERS>\n"));
    }
}
