namespace Chronicle.Cli;

/// <summary>What a command may touch of the outside world, injected so tests can drive commands.</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: progress, warnings, failures.</param>
/// <param name="OpenStandardInput">Standard input, for the <c>-</c> path.</param>
/// <param name="Clock">Time, for timestamps and durations.</param>
/// <param name="Environment">Environment variables.</param>
/// <param name="ErrorIsTerminal">True when standard error is a terminal: progress bars are drawn only then.</param>
internal sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    Func<Stream> OpenStandardInput,
    TimeProvider Clock,
    Func<string, string?> Environment,
    bool ErrorIsTerminal)
{
    public static CliContext FromConsole()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        return new CliContext(
            output,
            Console.Error,
            Console.OpenStandardInput,
            TimeProvider.System,
            System.Environment.GetEnvironmentVariable,
            !Console.IsErrorRedirected);
    }
}
