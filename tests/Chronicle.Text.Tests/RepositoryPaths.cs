namespace Chronicle.Text.Tests;

/// <summary>Finds the repository root (the folder holding Chronicle.slnx) from the test's working directory.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Chronicle.slnx not found above the test folder.");
        }
    }

    public static string Shared(params string[] parts) => Path.Combine([Root, "..", "shared", .. parts]);
}
