using System.Diagnostics;

namespace Chronicle.Reliability.Tests;

/// <summary>How many kills each crash test makes, and waiting for a kill point.</summary>
internal static class KillPoints
{
    public const int Kills = 5;

    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            Stopwatch.GetElapsedTime(started).ShouldBeLessThan(Patience, "waiting for the kill point");
            await Task.Delay(25);
        }
    }
}
