using System.Text.Json;
using System.Text.RegularExpressions;
using Scp.Mcp.EndToEnd.Tests.Harness;

namespace Scp.Mcp.EndToEnd.Tests;

/// <summary>
/// Client compatibility of the whole <c>tools/list</c>: tool names within the rules of docs/architecture.md, and input/output schemas
/// that strict clients accept — in the default dialect, in the Gemini-safe flat dialect (<c>--schema-dialect flat</c>)
/// and in discover mode.
/// </summary>
public sealed partial class ToolCompatibilityTests(ToolListFixture fixture) : IClassFixture<ToolListFixture>
{
    public static TheoryData<string> Configurations => [.. ToolListFixture.Configurations.Keys];

    [Theory]
    [MemberData(nameof(Configurations))]
    public void ToolNames_Configuration_FollowTheNamingRules(string configuration)
    {
        var names = fixture[configuration].Tools.Select(t => t.GetProperty("name").GetString()!).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.True(NamePattern().IsMatch(n) && n.Length <= 48, $"tool name '{n}' breaks ^[a-z][a-z0-9_]*$ / 48 characters"));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Schemas_Configuration_HaveObjectRootsAndArraysWithItems(string configuration)
    {
        var problems = Schemas(configuration)
            .SelectMany(s => SchemaRules.RootProblems(s.Schema).Concat(SchemaRules.ArraysWithoutItems(s.Schema)).Select(p => $"{s.Where}{p}"))
            .ToList();

        Assert.True(problems.Count == 0, $"{problems.Count} schema problems, first ones:\n" + string.Join("\n", problems.Take(20)));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("discover")]
    public void Schemas_DefaultDialect_EveryRefResolvesLocally(string configuration)
    {
        var problems = Schemas(configuration).SelectMany(s => SchemaRules.UnresolvedRefs(s.Schema).Select(p => $"{s.Where}{p}")).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Theory]
    [InlineData("flat")]
    [InlineData("discover-flat")]
    public void Schemas_FlatDialect_HaveNoRefsTypeArraysOrAdditionalProperties(string configuration)
    {
        var problems = Schemas(configuration).SelectMany(s => SchemaRules.FlatDialectProblems(s.Schema).Select(p => $"{s.Where}{p}")).ToList();

        Assert.True(problems.Count == 0, $"{problems.Count} flat-dialect problems, first ones:\n" + string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void ToolsList_FlatDialect_OffersTheSameToolsAsDefault()
    {
        var flat = fixture["flat"].Tools.Select(t => t.GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        var standard = fixture["default"].Tools.Select(t => t.GetProperty("name").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(standard, flat);
        Assert.All(fixture["flat"].Tools, t => Assert.True(t.TryGetProperty("outputSchema", out _) || !HasOutputSchema(t.GetProperty("name").GetString()!),
            $"{t.GetProperty("name").GetString()}: the flat dialect dropped the outputSchema"));
    }

    public static TheoryData<string, int> RecommendedOptions
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var (options, limit) in ToolListFixture.Recommended)
            {
                data.Add(options, limit);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RecommendedOptions))]
    public void ToolsList_RecommendedClientOptions_StayUnderTheClientLimit(string options, int limit)
    {
        var count = fixture.ToolCount(options);

        Assert.InRange(count, 1, limit);
    }

    private bool HasOutputSchema(string name) =>
        fixture["default"].Tools.Single(t => t.GetProperty("name").GetString() == name).TryGetProperty("outputSchema", out _);

    private IEnumerable<(string Where, JsonElement Schema)> Schemas(string configuration)
    {
        foreach (var tool in fixture[configuration].Tools)
        {
            var name = tool.GetProperty("name").GetString();
            yield return ($"{name} inputSchema", tool.GetProperty("inputSchema"));
            if (tool.TryGetProperty("outputSchema", out var output))
            {
                yield return ($"{name} outputSchema", output);
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex NamePattern();
}
