namespace Chronicle.Reliability.Tests;

/// <summary>Counts the forged-request attempts refused, for the figures file.</summary>
internal static class SsrfFigures
{
    private static int _refused;

    public static void Refused(string what)
    {
        ArgumentNullException.ThrowIfNull(what);
        var total = Interlocked.Increment(ref _refused);
        Figures.Record("ssrf", $"{total} forged-request attempts refused (loopback spellings, redirect to internal, other schemes, POST with URL), 0 connections reached the internal service");
    }
}
