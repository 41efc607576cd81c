namespace Scp.SpecCapture;

/// <summary>Finds the repository root: the nearest directory upwards that holds Scp.Mcp.sln.</summary>
public static class RepoLocator
{
    /// <summary>The solution file that marks the root.</summary>
    public const string SolutionFile = "Scp.Mcp.sln";

    /// <summary>The root above <paramref name="start"/>, or null.</summary>
    public static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
