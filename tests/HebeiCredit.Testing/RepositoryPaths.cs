namespace HebeiCredit.Testing;

/// <summary>Files of this repository, found from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HebeiCredit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("HebeiCredit.sln not found above " + AppContext.BaseDirectory);
    }
}
