using System.Reflection;
using System.Text.Json;
using Scp.Mcp.Generators.Tests.Infrastructure;
using Scp.Sdk;
using Scp.Sdk.Catalog;
using Xunit;

namespace Scp.Mcp.Generators.Tests;

/// <summary>The real Scp.Sdk, generated from specs/** at build time.</summary>
public sealed class RealSpecTests
{
    [Fact]
    public void Catalog_RealSpecs_HasOneDescriptorPerOperationVersionAndOneCurrentPerOperation()
    {
        var specOperations = SpecOperations();

        Assert.NotEmpty(specOperations);
        Assert.Equal(specOperations.Order(StringComparer.Ordinal), ScpCatalog.Operations.Select(o => o.Api.Product + " " + o.Api.Version + " " + o.OperationId).Order(StringComparer.Ordinal));
        var operations = specOperations.Select(o => o.Split(' ')).Select(p => p[0] + " " + p[2]).Distinct().Count();
        Assert.Equal(operations, ScpCatalog.Operations.Count(o => o.IsCurrent));
        Assert.Equal(operations, ScpCatalog.Operations.Where(o => o.IsCurrent).Select(o => o.ToolName).Distinct().Count());
    }

    [Fact]
    public void TypedClient_RealSpecs_HasOneAsyncMethodPerOperationVersion()
    {
        var methods = typeof(ScpClient).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Name.EndsWith("Client", StringComparison.Ordinal) && t.Namespace!.Count(c => c == '.') == 3)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(SpecOperations().Count, methods.Count);
        Assert.Equal(
            ScpCatalog.Operations.Count(o => o.Deprecated || !o.Api.IsCurrentVersion),
            methods.Count(m => m.GetCustomAttribute<ObsoleteAttribute>() is not null));
    }

    [Fact]
    public void Examples_RealSpecs_RoundTripThroughTypedModelsWithoutLoss()
    {
        var (checkedCount, failures) = ExampleRoundTrip.Check(typeof(ScpClient).Assembly);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(30)));
        Assert.True(checkedCount > 0);
    }

    [Fact]
    public void Examples_FixtureSpecs_RoundTripThroughTypedModelsWithoutLoss()
    {
        var (checkedCount, failures) = ExampleRoundTrip.Check(CompiledSdk.Fixture);

        Assert.Empty(failures);
        Assert.Equal(5, checkedCount);
    }

    /// <summary>Captured specs are named by their version (<c>1.2.json</c>); other JSON beside them is curation data.</summary>
    private static bool IsVersionSpec(string path) =>
        System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(path), @"^\d+(\.\d+)*\.json$");

    /// <summary>"product version operationId" for every operation in specs/**, read independently of the generator.</summary>
    private static List<string> SpecOperations()
    {
        var result = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Specs, "*.json", SearchOption.AllDirectories).Where(IsVersionSpec))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var info = document.RootElement.GetProperty("info");
            foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject())
                {
                    result.Add(info.GetProperty("x-scp-product").GetString() + " " + info.GetProperty("version").GetString() + " " + operation.Value.GetProperty("operationId").GetString());
                }
            }
        }

        return result;
    }
}
