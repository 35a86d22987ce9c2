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
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        try
        {
            var parsed = BuildRoot(context).Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    await context.Error.WriteLineAsync($"chronicle: {error.Message}").ConfigureAwait(false);
                }

                await context.Error.WriteLineAsync("Run 'chronicle --help' for usage.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            return await parsed.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error })
                .ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"chronicle: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        finally
        {
            await context.Out.FlushAsync().ConfigureAwait(false);
        }
    }
}
