using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Tests.Infrastructure;
using Xunit;

namespace Scp.Mcp.Generators.Tests;

public sealed class IncrementalityTests
{
    private static readonly string[] CachedOrUnchanged = [nameof(IncrementalStepRunReason.Cached), nameof(IncrementalStepRunReason.Unchanged)];

    [Fact]
    public void Rerun_UnrelatedSourceEdit_LeavesEveryStepCached()
    {
        var files = GeneratorHarness.FixtureFiles();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(GeneratorHarness.Parse("namespace Unrelated; internal static class Edit { }", "Edit.cs")));

        var result = driver.GetRunResult().Results.Single();
        foreach (var name in new[] { TrackingNames.ParseSpec, TrackingNames.ParseCuration, TrackingNames.SpecModel, TrackingNames.Plan, TrackingNames.CatalogInput, TrackingNames.Products })
        {
            var reasons = Reasons(result, name);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.Contains(r, CachedOrUnchanged));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason.ToString(), CachedOrUnchanged));
    }

    [Fact]
    public void Rerun_OneSpecEdited_ReparsesOnlyThatSpec()
    {
        var files = GeneratorHarness.FixtureFiles();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var original = files.Single(f => f.Path.EndsWith("/1.1.json", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(original.Path, original.GetText()!.ToString().Replace("볼륨을 삭제한다.", "볼륨을 영구 삭제한다.", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var parse = result.TrackedSteps[TrackingNames.ParseSpec].SelectMany(s => s.Outputs)
            .Select(o => (((Model.SpecParseResult)o.Value).Model!.Version, o.Reason)).ToList();
        Assert.Equal(IncrementalStepRunReason.Modified, parse.Single(p => p.Version == "1.1").Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, parse.Single(p => p.Version == "1.0").Reason);
        Assert.All(Reasons(result, TrackingNames.ParseCuration), r => Assert.Equal(nameof(IncrementalStepRunReason.Cached), r));
        // The description is not part of planning, so the plan and the product list stay unchanged.
        Assert.All(Reasons(result, TrackingNames.Plan), r => Assert.Contains(r, CachedOrUnchanged));
        Assert.All(Reasons(result, TrackingNames.Products), r => Assert.Contains(r, CachedOrUnchanged));
    }

    private static List<string> Reasons(GeneratorRunResult result, string stepName) =>
        result.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason.ToString()).ToList()
            : [];
}
