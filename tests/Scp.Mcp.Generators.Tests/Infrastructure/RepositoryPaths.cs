namespace Scp.Mcp.Generators.Tests.Infrastructure;

/// <summary>Locates the repository (the directory holding Scp.Mcp.sln) from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root => Scp.Mcp.Tests.Common.RepositoryRoot.Path;

    public static string Specs => Path.Combine(Root, "specs");

    public static string SdkSources => Path.Combine(Root, "src", "Scp.Sdk");

    public static string FixtureSpecs => Path.Combine(AppContext.BaseDirectory, "Fixtures", "specs");
}
