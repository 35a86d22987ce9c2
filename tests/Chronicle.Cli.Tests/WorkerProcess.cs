using System.Diagnostics;
using System.Text;

namespace Chronicle.Cli.Tests;

/// <summary>A <c>chronicle worker</c> child process (the command line built beside the tests), its output collected.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _error = new();

    public WorkerProcess(string database, string name, params string[] options)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "chronicle.dll"), "worker", "--db", database, "--name", name, .. options])
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_error)
            {
                _error.AppendLine(e.Data);
            }
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.Start();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>SIGKILL: no clean-up, no last transaction; what it had claimed stays claimed until its lease runs out.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

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
            throw new TimeoutException($"worker did not finish in {timeout}: {Error}");
        }

        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
}
