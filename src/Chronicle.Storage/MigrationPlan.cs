namespace Chronicle.Storage;

/// <summary>Which migrations a database still lacks; both stores refuse a database from a newer Chronicle the same way.</summary>
internal static class MigrationPlan
{
    /// <summary>The migrations after <paramref name="current"/>, in order; throws when the database is newer than the last.</summary>
    public static IReadOnlyList<Migration> Pending(IReadOnlyList<Migration> migrations, int current)
    {
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        return current > latest
            ? throw new InvalidOperationException($"The database's schema version {current} is newer than this Chronicle's {latest}: upgrade Chronicle.")
            : [.. migrations.Where(m => m.Version > current)];
    }
}
