using System.Globalization;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// Reads the ways a user names a PostgreSQL database: a <c>postgres://user:password@host:port/database?option=value</c>
/// URL (libpq's form), or an Npgsql connection string such as <c>Host=db1;Database=chronicle;Username=chronicle</c>.
/// </summary>
public static class PostgresConnection
{
    /// <summary>True when <paramref name="database"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var value = database.TrimStart();
        return value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || (value.Contains('=', StringComparison.Ordinal) && HasHostKey(value));
    }

    /// <summary>The Npgsql connection string for a URL or connection string.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var value = database.Trim();
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(value);
        }

        var uri = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = Uri.UnescapeDataString(uri.Host),
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } name ? name : null,
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            builder.Password = colon < 0 ? null : Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var option = Uri.UnescapeDataString(equals < 0 ? "" : pair[(equals + 1)..]);
            builder[LibpqKeys.GetValueOrDefault(key, key)] = option;
        }

        return builder;
    }

    /// <summary>Where the database is, for messages: host, port and database, never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{builder.Host}:{builder.Port}/{builder.Database}");
    }

    // libpq's option names in a URL, where they differ from Npgsql's keywords.
    private static readonly Dictionary<string, string> LibpqKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["search_path"] = "Search Path",
        ["options"] = "Options",
    };

    private static bool HasHostKey(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(part => part.StartsWith("host=", StringComparison.OrdinalIgnoreCase)
                || part.StartsWith("server=", StringComparison.OrdinalIgnoreCase)
                || part.StartsWith("host ", StringComparison.OrdinalIgnoreCase));
}
