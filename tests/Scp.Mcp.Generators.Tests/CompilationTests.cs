using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Tests.Infrastructure;
using Xunit;

namespace Scp.Mcp.Generators.Tests;

public sealed class CompilationTests
{
    [Fact]
    public void Generate_FixtureSpecs_CompilesWithoutWarnings()
    {
        var (_, output, result) = GeneratorHarness.Run(GeneratorHarness.FixtureFiles());

        Assert.Empty(result.Diagnostics);
        AssertNoWarnings(output);
    }

    [Fact]
    public void Generate_RealSpecs_CompilesWithoutWarnings()
    {
        var (_, output, result) = GeneratorHarness.Run(GeneratorHarness.RealFiles());

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        AssertNoWarnings(output);
    }

    internal static void AssertNoWarnings(Compilation output)
    {
        var problems = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .Take(20)
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
