using System.CommandLine;
using Chronicle.Engine;
using Chronicle.Ingest;

namespace Chronicle.Cli;

/// <summary>Options several commands share, made fresh for each command (System.CommandLine symbols have one parent).</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files, directories (read recursively), '-' for standard input, or http(s) URLs.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Database() => new("--db")
    {
        Description = "The database: a SQLite file path, or PostgreSQL as postgres://user:password@host:port/database or a connection string (Host=...;Database=...). Default: $CHRONICLE_DB, else chronicle.db in the working directory.",
    };

    public static Option<int> Threads() => new("--threads")
    {
        Description = "Threads that analyse articles (output order is kept).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static Option<long> MaxBytes() => new("--max-bytes")
    {
        Description = "The largest document accepted, in bytes (a file, a JSON line, a feed).",
        DefaultValueFactory = _ => ReaderLimits.Default.MaxDocumentBytes,
    };

    public static Option<bool> AllowPrivateUrls() => new("--allow-private-urls")
    {
        Description = "Let URLs point at loopback and private network addresses (off by default).",
    };

    public static Option<double?> MinConfidence() => new("--min-confidence")
    {
        Description = "Leave out events whose confidence is below this (0 to 1): fewer events, more of them right (see the README's reading by confidence).",
    };

    public static double? MinConfidenceOf(ParseResult parsed, Option<double?> option) =>
        parsed.GetValue(option) is not { } least ? null
        : least is >= 0 and <= 1 ? least
        : throw new UsageException($"--min-confidence must be from 0 to 1, not {least.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");

    public static string DatabaseOf(ParseResult parsed, Option<string?> option, CliContext context) =>
        parsed.GetValue(option) is { Length: > 0 } db ? db : StoreFactory.DefaultDatabase(context.Environment);

    /// <summary>Opens a database that must exist already (export, stats): a missing file is a usage error, not a new database.</summary>
    public static async Task<Storage.IDocumentStore> OpenExistingAsync(
        ParseResult parsed, Option<string?> option, CliContext context, CancellationToken cancellationToken)
    {
        var db = DatabaseOf(parsed, option, context);
        if (!StoreFactory.IsPostgres(db) && !File.Exists(db))
        {
            throw new UsageException($"no database at {db}: ingest articles first, or name one with --db.");
        }

        return await StoreFactory.OpenAsync(db, context.Clock, cancellationToken).ConfigureAwait(false);
    }

    public static int ThreadsOf(ParseResult parsed, Option<int> option) =>
        parsed.GetValue(option) is var threads and >= 1
            ? threads
            : throw new UsageException($"--threads must be at least 1, not {parsed.GetValue(option)}.");

    public static ReaderLimits LimitsOf(ParseResult parsed, Option<long> maxBytes, Option<bool> allowPrivate)
    {
        var max = parsed.GetValue(maxBytes);
        if (max < 1)
        {
            throw new UsageException($"--max-bytes must be positive, not {max}.");
        }

        return ReaderLimits.Default with { MaxDocumentBytes = max, AllowPrivateAddresses = parsed.GetValue(allowPrivate) };
    }
}
