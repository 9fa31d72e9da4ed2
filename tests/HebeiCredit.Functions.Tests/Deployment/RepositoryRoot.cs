namespace HebeiCredit.Functions.Tests.Deployment;

/// <summary>The folder holding HebeiCredit.sln, found by walking up from the test assembly.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "HebeiCredit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No HebeiCredit.sln above {AppContext.BaseDirectory}.");
    }
}
