using System.Diagnostics;
using System.Globalization;
using Chronicle.Engine;
using Spectre.Console;

namespace Chronicle.Cli.Output;

/// <summary>
/// Shows an ingest's progress on standard error: a progress bar on a terminal, a plain line every few seconds
/// otherwise (logs and CI). Failures are printed as they happen in both cases.
/// </summary>
internal static class ProgressReporting
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);

    public static async Task<IngestProgress> RunAsync(
        CliContext context,
        int expected,
        Func<IProgress<IngestProgress>, Action<string>, Task<IngestProgress>> work)
    {
        if (!context.ErrorIsTerminal)
        {
            var plain = new PlainProgress(context.Error);
            var result = await work(plain, line => context.Error.WriteLine(line)).ConfigureAwait(false);
            plain.Finish(result);
            return result;
        }

        var console = ConsoleFactory.Over(context.Error, terminal: true);
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Ingesting", maxValue: Math.Max(1, expected));
                var reporter = new Progress<IngestProgress>(p =>
                {
                    task.MaxValue = Math.Max(task.MaxValue, p.Read);
                    task.Value = p.Read;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Stored:N0} stored, {p.AlreadyStored:N0} already, {p.Failed:N0} failed");
                });
                var result = await work(reporter, line => console.MarkupLine(Markup.Escape(line))).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return result;
            }).ConfigureAwait(false);
    }

    private sealed class PlainProgress(TextWriter error) : IProgress<IngestProgress>
    {
        private readonly long _started = Stopwatch.GetTimestamp();
        private TimeSpan _lastShown = TimeSpan.Zero;

        public void Report(IngestProgress value)
        {
            var elapsed = Stopwatch.GetElapsedTime(_started);
            if (elapsed - _lastShown >= PlainInterval)
            {
                _lastShown = elapsed;
                error.WriteLine(Line(value, elapsed));
            }
        }

        public void Finish(IngestProgress value) => error.WriteLine(Line(value, Stopwatch.GetElapsedTime(_started)));

        private static string Line(IngestProgress p, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
            $"ingest: {p.Read:N0} read, {p.Stored:N0} stored, {p.AlreadyStored:N0} already stored, {p.Failed:N0} failed ({elapsed.TotalSeconds:0.0} s)");
    }
}
