using System.Diagnostics;
using System.Text;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// The real command line (<c>chronicle.dll</c>, built beside the tests through the project reference) as a child
/// process, its output collected, so that it can be killed with SIGKILL or loaded over HTTP like a deployed one.
/// Linked into the command-line tests too.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    public CliProcess(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chronicle.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_gcServer"] = "0";
        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.OutputDataReceived += (_, e) => Append(_out, e.Data);
        _process.Start();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public string Out => Read(_out);

    public string Error => Read(_error);

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no clean-up, no last transaction, no flush.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chronicle did not finish in {timeout}: {Error}");
        }

        _process.WaitForExit(); // the output readers finish too
        return _process.ExitCode;
    }

    /// <summary>Waits for a line of standard output containing <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!Out.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"chronicle never printed '{text}': {Out} {Error}");
            }

            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder builder, string? line)
    {
        lock (builder)
        {
            builder.AppendLine(line);
        }
    }

    private static string Read(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
}
