using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Tests.Infrastructure;
using Scp.Mcp.Tests.Common;
using Xunit;

namespace Scp.Mcp.Generators.Tests;

public sealed class SnapshotTests
{
    private const string RealSpec = "baremetal-blockstorage/1.2.json";

    [Fact]
    public void Generate_FixtureSpecs_MatchesSnapshots()
    {
        var (_, _, result) = GeneratorHarness.Run(GeneratorHarness.FixtureFiles());

        var files = result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["DemoStorage.Client.g.cs", "DemoStorage.V1_0.Catalog.g.cs", "DemoStorage.V1_0.Client.g.cs", "DemoStorage.V1_0.Models.g.cs",
             "DemoStorage.V1_1.Catalog.g.cs", "DemoStorage.V1_1.Client.g.cs", "DemoStorage.V1_1.Models.g.cs", "ScpCatalog.g.cs", "ScpClient.g.cs"],
            files.Select(f => f.HintName));
        foreach (var file in files)
        {
            SnapshotGuard.Match(file.SourceText.ToString(), nameof(SnapshotTests) + "." + nameof(Generate_FixtureSpecs_MatchesSnapshots) + "_" + file.HintName);
        }
    }

    [Fact]
    public void Generate_RealSpec_MatchesSnapshots()
    {
        var spec = Path.Combine(RepositoryPaths.Specs, RealSpec);
        Assert.True(File.Exists(spec), "The real spec " + spec + " is missing (branch capture not merged?).");
        var files = GeneratorHarness.RealFiles().Where(f => f.Path.EndsWith("/specs/" + RealSpec, StringComparison.Ordinal)
            || f.Path.EndsWith("/specs/baremetal-blockstorage/tools.json", StringComparison.Ordinal));

        var (_, _, result) = GeneratorHarness.Run(files);

        foreach (var file in result.GeneratedSources.Where(s => s.HintName.Contains(".V1_2.", StringComparison.Ordinal)).OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            SnapshotGuard.Match(file.SourceText.ToString(), nameof(SnapshotTests) + "." + nameof(Generate_RealSpec_MatchesSnapshots) + "_" + file.HintName);
        }
    }
}
