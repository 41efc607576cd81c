namespace Scp.Mcp.Benchmarks;

/// <summary>Finds the repository (the folder holding Scp.Mcp.sln) above the benchmark's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Scp.Mcp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Scp.Mcp.sln not found above " + AppContext.BaseDirectory);
    }
}
