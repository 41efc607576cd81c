namespace Scp.SpecCapture.Tests;

/// <summary>Locates the committed specs and the seeds (fails loudly when the seeds are absent).</summary>
internal static class TestPaths
{
    private static string RepoRoot => Scp.Mcp.Tests.Common.RepositoryRoot.Path;

    public static string SpecsDirectory => Path.Combine(RepoRoot, "specs");

    /// <summary>&lt;root&gt;/../shared/seeds, or SCP_SEEDS_DIR. A missing directory is a failure, never a skip.</summary>
    public static string SeedsDirectory
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("SCP_SEEDS_DIR");
            var seeds = string.IsNullOrWhiteSpace(fromEnvironment)
                ? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seeds"))
                : Path.GetFullPath(fromEnvironment);
            if (!Directory.Exists(seeds) || Directory.GetFiles(seeds, "*.txt").Length == 0)
            {
                throw new InvalidOperationException(
                    $"The SCP docs seeds were not found at '{seeds}'. Put them at <repo root>/../shared/seeds or set SCP_SEEDS_DIR to their directory.");
            }

            return seeds;
        }
    }
}
