namespace Scp.Mcp.Generators.Tests.Infrastructure;

/// <summary>Locates the repository (the directory holding Scp.Mcp.sln) from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Specs => Path.Combine(Root, "specs");

    public static string SdkSources => Path.Combine(Root, "src", "Scp.Sdk");

    public static string FixtureSpecs => Path.Combine(AppContext.BaseDirectory, "Fixtures", "specs");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Scp.Mcp.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Scp.Mcp.sln not found above " + AppContext.BaseDirectory);
    }
}
