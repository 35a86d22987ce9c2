using System.CommandLine;
using System.Globalization;
using Chronicle.Storage;
using Chronicle.Web;
using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle serve</c>: the HTTP API and the dashboard over a database, on this machine by default.</summary>
internal static class ServeCommand
{
    public const string Examples = "chronicle serve --db news.db\nchronicle serve --db postgres://chronicle@db1/chronicle\nchronicle serve --db news.db --urls http://127.0.0.1:8080 --token \"$(cat token.txt)\"";

    public static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen. Loopback by default, so only this machine can connect.",
            DefaultValueFactory = _ => "http://127.0.0.1:5000",
        };
        var token = new Option<string?>("--token")
        {
            Description = "The operator's token, needed to POST articles to /api/documents. Default: $CHRONICLE_TOKEN; none means posting is off.",
        };
        var protectReads = new Option<bool>("--protect-reads")
        {
            Description = "Reading the API needs the token too (the dashboard asks for it once).",
        };
        var defaults = ServerLimits.Default;
        var maxBody = new Option<long>("--max-body-bytes")
        {
            Description = "The largest request body, in bytes; larger posts are refused with 413.",
            DefaultValueFactory = _ => defaults.MaxRequestBodyBytes,
        };
        var headersTimeout = new Option<double>("--headers-timeout")
        {
            Description = "Seconds a client may take to send its request headers before it is cut off (slow clients).",
            DefaultValueFactory = _ => defaults.RequestHeadersTimeout.TotalSeconds,
        };
        var minBodyRate = new Option<double>("--min-body-rate")
        {
            Description = "The slowest a request body may arrive, in bytes a second, after 5 seconds of grace.",
            DefaultValueFactory = _ => defaults.MinRequestBodyBytesPerSecond,
        };
        var maxConnections = new Option<long>("--max-connections")
        {
            Description = "The most connections served at once.",
            DefaultValueFactory = _ => defaults.MaxConcurrentConnections,
        };
        var command = new Command("serve", "Serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the analyst's dashboard (/) over the database.")
        {
            database, urls, token, protectReads, maxBody, headersTimeout, minBodyRate, maxConnections,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var secret = parsed.GetValue(token) is { Length: > 0 } given ? given : context.Environment("CHRONICLE_TOKEN");
            if (parsed.GetValue(protectReads) && string.IsNullOrEmpty(secret))
            {
                throw new UsageException("--protect-reads needs a token: pass --token or set CHRONICLE_TOKEN.");
            }

            var listen = parsed.GetValue(urls)!;
            if (!IsLoopbackOnly(listen))
            {
                await context.Error.WriteLineAsync($"warning: {listen} is reachable from other machines.").ConfigureAwait(false);
            }

            var limits = defaults with
            {
                MaxRequestBodyBytes = Positive(parsed.GetValue(maxBody), "--max-body-bytes"),
                RequestHeadersTimeout = TimeSpan.FromSeconds(Positive(parsed.GetValue(headersTimeout), "--headers-timeout")),
                MinRequestBodyBytesPerSecond = Positive(parsed.GetValue(minBodyRate), "--min-body-rate"),
                MaxConcurrentConnections = Positive(parsed.GetValue(maxConnections), "--max-connections"),
            };
            var options = new WebOptions(CommonOptions.DatabaseOf(parsed, database, context), secret, parsed.GetValue(protectReads)) { Limits = limits };
            await using var app = await ChronicleWebHost.CreateAsync(options, listen, cancellationToken).ConfigureAwait(false);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [listen];
            foreach (var address in addresses)
            {
                await context.Out.WriteLineAsync($"Chronicle is serving {app.Services.GetRequiredService<IDocumentStore>().Description} at {address} (dashboard {address}/, API {address}/api, OpenAPI {address}/api/openapi.json)").ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync(string.IsNullOrEmpty(secret) ? "Posting articles is off (no token)." : "Posting articles needs the token.").ConfigureAwait(false);
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving cleanly.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static T Positive<T>(T value, string option)
        where T : System.Numerics.INumber<T> =>
        value > T.Zero ? value : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option} must be positive, not {value}."));

    private static bool IsLoopbackOnly(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(url =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "localhost"));
}
