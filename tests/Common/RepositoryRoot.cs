namespace Scp.Mcp.Tests.Common;

/// <summary>The repository root: the folder holding Scp.Mcp.sln, found above the test's output folder.</summary>
public static class RepositoryRoot
{
    /// <summary>The full path of the repository root.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Scp.Mcp.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Scp.Mcp.sln above {AppContext.BaseDirectory}: run from inside the repository.");
    }
}
