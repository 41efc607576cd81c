using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tests;

public sealed class ToolsListTests
{
    [Fact]
    public async Task ToolsList_FixtureCatalogue_MatchesSnapshot()
    {
        await using var server = await McpTestServer.StartAsync();

        var json = await server.ListToolsJsonAsync();

        var pretty = JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        SnapshotGuard.Match(pretty, "ToolsList_FixtureCatalogue");
    }

    [Fact]
    public async Task ToolsList_FixtureCatalogue_ListsCurrentVisibleOperationsSortedByName()
    {
        await using var server = await McpTestServer.StartAsync();

        var names = (await server.Client.ListToolsAsync()).Select(t => t.Name).ToList();

        Assert.Equal(
            ["backup_cancel_backup", "backup_list_backups", "file_create_volume", "file_delete_volume", "file_list_volume_names",
             "file_list_volumes", "file_show_volume", "file_update_volume"],
            names);
    }

    [Fact]
    public async Task ToolsList_EveryTool_HasAnnotationsMatchingItsSafetyClassAndOperationMeta()
    {
        await using var server = await McpTestServer.StartAsync();

        foreach (var tool in await server.Client.ListToolsAsync())
        {
            var operation = FixtureCatalog.Get(tool.Name);
            var annotations = tool.ProtocolTool.Annotations!;
            Assert.Equal(operation.Safety == ScpSafety.Read, annotations.ReadOnlyHint);
            Assert.Equal(operation.Safety == ScpSafety.Destructive, annotations.DestructiveHint);
            Assert.Equal(operation.Method is "PUT" or "DELETE", annotations.IdempotentHint);
            Assert.True(annotations.OpenWorldHint);
            var meta = tool.ProtocolTool.Meta!["scp/operation"]!.AsObject();
            Assert.Equal(operation.Api.Product, (string?)meta["product"]);
            Assert.Equal(operation.Api.Version, (string?)meta["version"]);
            Assert.Equal(operation.Method, (string?)meta["method"]);
            Assert.Equal(operation.PathTemplate, (string?)meta["path"]);
            Assert.Equal(operation.OperationId, (string?)meta["operationId"]);
            Assert.Equal(operation.Safety.ToString().ToLowerInvariant(), (string?)meta["safety"]);
            Assert.Equal(JsonValueKind.Object, tool.ProtocolTool.OutputSchema!.Value.ValueKind);
            Assert.Equal("object", tool.ProtocolTool.OutputSchema.Value.GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task ToolsList_CreateVolume_UsesWireNamesAndWritesComponentsUsedOnceInPlace()
    {
        await using var server = await McpTestServer.StartAsync();

        var tool = (await server.Client.ListToolsAsync()).Single(t => t.Name == "file_create_volume").ProtocolTool;
        var schema = tool.InputSchema;

        Assert.False(schema.TryGetProperty("additionalProperties", out _)); // closed all the same: ToolCallTests rejects "extra"
        Assert.Equal(["body"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var body = schema.GetProperty("properties").GetProperty("body");
        Assert.Equal("object", body.GetProperty("type").GetString());
        var policy = body.GetProperty("properties").GetProperty("snapshot_policy"); // anyOf [object, null] written as a nullable object
        Assert.Equal(["object", "null"], policy.GetProperty("type").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("integer", policy.GetProperty("properties")
            .GetProperty("schedule").GetProperty("properties").GetProperty("hour").GetProperty("type").GetString());
        Assert.False(schema.TryGetProperty("$defs", out _)); // each component is used once: no name, no $ref
        Assert.DoesNotContain("$ref", schema.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolsList_ListVolumes_HasQueryParametersAsTopLevelProperties()
    {
        await using var server = await McpTestServer.StartAsync();

        var tool = (await server.Client.ListToolsAsync()).Single(t => t.Name == "file_list_volumes").ProtocolTool;
        var properties = tool.InputSchema.GetProperty("properties");

        Assert.Equal(["offset", "limit", "name"], properties.EnumerateObject().Select(p => p.Name));
        Assert.False(properties.GetProperty("limit").TryGetProperty("description", out _)); // "Limit" only repeats the name
        Assert.False(tool.InputSchema.TryGetProperty("required", out _));
    }

    [Fact]
    public async Task ResourcesList_FixtureCatalogue_OffersOneSpecPerProductVersionWithItsOperations()
    {
        await using var server = await McpTestServer.StartAsync();

        var resources = await server.Client.ListResourcesAsync();
        var read = await server.Client.ReadResourceAsync("scp://specs/filestorage/1.1");

        Assert.Equal(["scp://specs/backup/1.1", "scp://specs/filestorage/1.0", "scp://specs/filestorage/1.1"], resources.Select(r => r.Uri));
        var text = Assert.IsType<ModelContextProtocol.Protocol.TextResourceContents>(Assert.Single(read.Contents)).Text;
        var spec = JsonNode.Parse(text)!;
        Assert.Equal("3.1.1", (string?)spec["openapi"]);
        Assert.Equal("CreateVolume", (string?)spec["paths"]!["/v1/volumes"]!["post"]!["operationId"]);
        Assert.NotNull(spec["components"]!["schemas"]!["VolumeCreateRequest"]);
    }
}
