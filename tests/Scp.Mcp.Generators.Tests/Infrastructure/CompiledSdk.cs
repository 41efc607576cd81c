using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Scp.Mcp.Generators.Tests.Infrastructure;

/// <summary>The generator's output for the fixture specs, compiled with the Scp.Sdk sources and the scenarios, and loaded.</summary>
internal static class CompiledSdk
{
    private static readonly Lazy<Assembly> FixtureAssembly = new(CompileFixture);

    public static Assembly Fixture => FixtureAssembly.Value;

    public static async Task<string> RunScenario(string name)
    {
        var method = Fixture.GetType("Scp.Sdk.FixtureScenarios.Scenarios", throwOnError: true)!.GetMethod(name)!;
        return await (Task<string>)method.Invoke(null, null)!;
    }

    private static Assembly CompileFixture()
    {
        var scenarios = GeneratorHarness.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "FixtureScenarios.cs")), "FixtureScenarios.cs");
        var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.FixtureFiles(), scenarios);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext("FixtureSdk", isCollectible: true).LoadFromStream(stream);
    }
}
