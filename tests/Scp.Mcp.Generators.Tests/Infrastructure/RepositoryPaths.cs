namespace Scp.Mcp.Generators.Tests.Infrastructure;

/// <summary>The folders generator tests read, under <see cref="Scp.Mcp.Tests.Common.RepositoryRoot"/> or the test's output.</summary>
internal static class RepositoryPaths
{
    public static string Specs => Path.Combine(Scp.Mcp.Tests.Common.RepositoryRoot.Path, "specs");

    public static string SdkSources => Path.Combine(Scp.Mcp.Tests.Common.RepositoryRoot.Path, "src", "Scp.Sdk");

    public static string FixtureSpecs => Path.Combine(AppContext.BaseDirectory, "Fixtures", "specs");
}
