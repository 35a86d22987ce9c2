using System.CommandLine;
using Chronicle.Cli.Commands;

namespace Chronicle.Cli;

/// <summary>The <c>chronicle</c> command line.</summary>
internal static class ChronicleCli
{
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("""
            Chronicle reads news articles and turns them into a sourced, dated, geocoded database of political
            events and claims: who did what to whom, where, when, how many, and who says so.
            """);
        var examples = new Dictionary<Command, string>
        {
            [ExtractCommand.Create(context)] = ExtractCommand.Examples,
            [IngestCommand.Create(context)] = IngestCommand.Examples,
            [ExportCommand.Create(context)] = ExportCommand.Examples,
            [StatsCommand.Create(context)] = StatsCommand.Examples,
            [ActorsCommand.Create(context)] = ActorsCommand.Examples,
            [EvalCommand.Create(context)] = EvalCommand.Examples,
            [BenchCommand.Create(context)] = BenchCommand.Examples,
            [EnqueueCommand.Create(context)] = EnqueueCommand.Examples,
            [WorkerCommand.Create(context)] = WorkerCommand.Examples,
            [ServeCommand.Create(context)] = ServeCommand.Examples,
        };
        foreach (var command in examples.Keys)
        {
            root.Subcommands.Add(command);
        }

        examples[root] = "chronicle ingest samples && chronicle stats\nchronicle extract samples --format table";
        HelpWithExamples.Install(root, examples);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        try
        {
            var parsed = BuildRoot(context).Parse(args);
            if (parsed.Errors.Count > 0 && parsed.Action is not HelpWithExamples)
            {
                foreach (var error in parsed.Errors)
                {
                    await context.Error.WriteLineAsync($"chronicle: {error.Message}").ConfigureAwait(false);
                }

                await context.Error.WriteLineAsync("Run 'chronicle --help' for usage.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var invocation = new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parsed.InvokeAsync(invocation).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"chronicle: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidOperationException or NotSupportedException)
        {
            // Expected failures of the environment (a locked or unreadable database, a full disk): one line, no stack.
            await context.Error.WriteLineAsync($"chronicle: {e.Message}").ConfigureAwait(false);
            return ExitCodes.SomeFailed;
        }
        finally
        {
            await context.Out.FlushAsync().ConfigureAwait(false);
        }
    }
}
