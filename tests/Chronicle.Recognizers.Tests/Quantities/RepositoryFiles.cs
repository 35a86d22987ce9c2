namespace Chronicle.Recognizers.Tests.Quantities;

/// <summary>Finds files by path from the repository root (the directory holding Chronicle.slnx).</summary>
internal static class RepositoryFiles
{
    public static string Root => Chronicle.Testing.RepositoryPaths.Root;

    public static string PathOf(params string[] parts) => Path.GetFullPath(Path.Combine([Root, .. parts]));
}
