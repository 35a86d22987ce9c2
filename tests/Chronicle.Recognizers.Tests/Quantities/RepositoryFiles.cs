namespace Chronicle.Recognizers.Tests.Quantities;

/// <summary>Finds files by path from the repository root (the directory holding Chronicle.slnx).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.GetFullPath(Path.Combine([Root, .. parts]));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Chronicle.slnx not found above the test binaries.");
    }
}
