using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Contract;
using Chronicle.Engine;
using Chronicle.Engine.Actors;
using Chronicle.Resolution.Actors;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle actors</c>: the actor knowledge base of a database, with where each fact comes from.</summary>
internal static class ActorsCommand
{
    public const string Examples = "chronicle actors --db news.db\nchronicle actors --db news.db --name putin --format jsonl";

    public static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = "table (one actor per line, then its roles) or jsonl (one actor per line with every fact and its source).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var name = new Option<string?>("--name") { Description = "Only actors whose name contains this text (any case)." };
        var limit = new Option<int>("--limit")
        {
            Description = "At most this many actors, those named in most articles first; 0 for all.",
            DefaultValueFactory = _ => 50,
        };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--limit must be 0 or more.");
            }
        });
        var command = new Command("actors", "List the actors the stored articles name: their roles, countries and sectors, and the articles that say so.")
        {
            database, format, name, limit,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var store = await CommonOptions.OpenExistingAsync(parsed, database, context, cancellationToken).ConfigureAwait(false);
            var index = new ActorIndex(ActorLexicon.Load(DataFiles.Default.Actors));
            await foreach (var json in store.ReadArticlesJsonAsync(cancellationToken).ConfigureAwait(false))
            {
                index.Add(ContractJson.FromJson(json)!);
            }

            var filter = parsed.GetValue(name);
            var profiles = index.Profiles()
                .Where(p => filter is null || p.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
                .Take(parsed.GetValue(limit) is var n and > 0 ? n : int.MaxValue);
            foreach (var profile in profiles)
            {
                if (parsed.GetValue(format) == "jsonl")
                {
                    await context.Out.WriteLineAsync(JsonSerializer.Serialize(profile, ActorProfileJson.Default.ActorProfile)).ConfigureAwait(false);
                    continue;
                }

                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{profile.Name} [{profile.Type}] {profile.EntityId} country={profile.Country ?? "-"} sector={profile.Sector ?? "-"} articles={profile.Sources.Count} mentions={profile.Mentions}")).ConfigureAwait(false);
                foreach (var fact in profile.Facts)
                {
                    await context.Out.WriteLineAsync(Describe(fact)).ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(ActorFact fact) => fact.Start < 0
        ? string.Create(CultureInfo.InvariantCulture, $"    {fact.Role} ({fact.Sector ?? "-"}, {fact.Country ?? "-"}) from the actor dictionary, {fact.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "..."} to {fact.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "..."}")
        : string.Create(CultureInfo.InvariantCulture, $"    {fact.Role}{(fact.Affiliation is { } a ? " of " + a : "")} ({fact.Sector ?? "-"}, {fact.Country ?? "-"}): \"{fact.Text}\" {fact.Source}:{fact.Start}-{fact.End}");
}
