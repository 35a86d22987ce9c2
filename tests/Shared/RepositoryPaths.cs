namespace Chronicle.Testing;

/// <summary>Where the repository and the shared corpora are, found by walking up from the test binary.</summary>
internal static class RepositoryPaths
{
    /// <summary>The directory holding <c>Chronicle.slnx</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> beside the repository: seeds, gold, corpora, lexicons.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path under <c>../shared</c>; the test is skipped when it is absent.</summary>
    public static string SharedOrSkip(params string[] parts)
    {
        var path = Path.Combine([Shared, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"{path} is not here: the shared corpora sit beside the repository.");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Chronicle.slnx not found above " + AppContext.BaseDirectory);
    }
}
