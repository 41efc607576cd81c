using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Scp.Mcp.Packaging.Tests;

/// <summary>
/// The packed <c>.mcp/server.json</c> is what the MCP registry accepts: valid against the registry's
/// <c>server.schema.json</c> of 2025-12-11 (Schemas/, evaluated by JsonSchema.Net, a validator nobody here wrote), and the
/// packed README carries the <c>mcp-name:</c> line the registry reads to verify that the package belongs to that name.
/// </summary>
[Collection(PackedToolGroup.Name)]
public sealed partial class RegistrySchemaTests(PackedToolFixture tool)
{
    private const string SchemaUrl = "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "Scp.Mcp.Packaging.Tests", "Schemas", "server.schema.2025-12-11.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    [Fact]
    public void ServerJson_InPackage_IsValidAgainstTheRegistrySchemaOf20251211()
    {
        var serverJson = PackedServerJson();

        Assert.Equal(SchemaUrl, serverJson["$schema"]?.GetValue<string>());
        var problems = Validate(serverJson);
        Assert.True(problems.Count == 0, ".mcp/server.json is not valid against " + SchemaUrl + ":\n" + string.Join("\n", problems));
    }

    [Fact]
    public void RegistrySchema_CommittedCopy_IsTheOneServerJsonNames()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(
            Path.Combine(RepositoryRoot.Path, "tests", "Scp.Mcp.Packaging.Tests", "Schemas", "server.schema.2025-12-11.json")));

        Assert.Equal(SchemaUrl, schema.RootElement.GetProperty("$id").GetString());
        Assert.Equal("http://json-schema.org/draft-07/schema#", schema.RootElement.GetProperty("$schema").GetString());
    }

    // The validation above means something only if the validator rejects what the registry rejects.
    [Theory]
    [InlineData("name", "scp-mcp", "/name")]
    [InlineData("description", "Samsung Cloud Platform AI-ML and storage API operations as MCP tools, with confirmation gates for every destructive call.", "/description")]
    [InlineData("packages/0/version", "latest", "/packages/0/version")]
    [InlineData("packages/0/registryBaseUrl", "not a url", "/packages/0/registryBaseUrl")]
    [InlineData("packages/0/transport", null, "/packages/0")]
    public void ServerJson_WithARegistryMistake_IsRejectedNamingTheField(string path, string? value, string location)
    {
        var serverJson = PackedServerJson();
        var segments = path.Split('/');
        JsonNode parent = serverJson;
        foreach (var segment in segments[..^1])
        {
            parent = int.TryParse(segment, out var index) ? parent[index]! : parent[segment]!;
        }

        var target = parent.AsObject();
        if (value is null)
        {
            target.Remove(segments[^1]);
        }
        else
        {
            target[segments[^1]] = value;
        }

        var problems = Validate(serverJson);

        Assert.True(problems.Any(p => p.StartsWith(location + ":", StringComparison.Ordinal)), $"no error at {location}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void PackageReadme_CarriesTheMcpNameOfServerJson()
    {
        var readme = tool.ReadPackageEntry("README.md");
        Assert.True(readme is not null, "README.md is not in the package; entries: " + string.Join(", ", tool.PackageEntries()));

        var names = McpNameLine().Matches(readme).Select(m => m.Groups[1].Value).ToList();

        var name = PackedServerJson()["name"]!.GetValue<string>();
        Assert.True(names.Count == 1, $"the packed README must carry exactly one 'mcp-name: {name}' line; found {names.Count}");
        Assert.Equal(name, names[0]);
    }

    private JsonNode PackedServerJson()
    {
        var text = tool.ReadPackageEntry(".mcp/server.json");
        Assert.True(text is not null, ".mcp/server.json is not in the package");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Every failed node of the evaluation as <c>instance location: message (at schema path)</c>.</summary>
    private static List<string> Validate(JsonNode serverJson)
    {
        using var instance = JsonDocument.Parse(serverJson.ToJsonString());
        var result = Schema.Value.Evaluate(
            instance.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => !d.IsValid)
            .SelectMany(d => d.Errors is { Count: > 0 }
                ? d.Errors.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value} (at {d.EvaluationPath})")
                : [$"{d.InstanceLocation}: invalid (at {d.EvaluationPath})"])
            .DefaultIfEmpty("(invalid, without details)")
            .ToList();
    }

    [GeneratedRegex(@"mcp-name:\s*([A-Za-z0-9.-]+/[A-Za-z0-9._-]+)")]
    private static partial Regex McpNameLine();
}
