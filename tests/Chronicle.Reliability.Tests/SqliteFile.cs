using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Chronicle.Reliability.Tests;

/// <summary>Looks into a SQLite file another process writes, without taking part in its writes.</summary>
internal static class SqliteFile
{
    public static long Count(string path, string sql)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = Open(path);
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not created or migrated yet
        }
    }

    /// <summary>SQLite's own check; opening for writing lets it replay a WAL left by a killed writer.</summary>
    public static string IntegrityCheck(string path)
    {
        if (!File.Exists(path))
        {
            return "ok"; // killed before the file was created: nothing to damage
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadWrite");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly;Default Timeout=5");
        connection.Open();
        return connection;
    }
}
