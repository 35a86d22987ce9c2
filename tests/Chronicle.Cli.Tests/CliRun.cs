using System.Text;

namespace Chronicle.Cli.Tests;

/// <summary>Runs the command line in-process over string writers, as a user would from a shell.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(string workingDirectory, string? standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new Dictionary<string, string?> { ["CHRONICLE_DB"] = Path.Combine(workingDirectory, "chronicle.db") };
        var context = new CliContext(
            output,
            error,
            () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput ?? "")),
            TimeProvider.System,
            name => environment.GetValueOrDefault(name),
            ErrorIsTerminal: false);
        var code = await ChronicleCli.RunAsync(args, context);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public IReadOnlyList<string> Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
