using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Chronicle.Cli;

/// <summary>The standard help, followed by the examples of the command asked about.</summary>
internal sealed class HelpWithExamples(HelpAction standard, IReadOnlyDictionary<Command, string> examples) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var code = standard.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var text))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var line in text.Split('\n'))
            {
                output.WriteLine($"  {line}");
            }

            output.WriteLine();
        }

        return code;
    }

    /// <summary>Replaces the root's help action so every command's help ends with its examples.</summary>
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, string> examples)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!, examples);
    }
}
