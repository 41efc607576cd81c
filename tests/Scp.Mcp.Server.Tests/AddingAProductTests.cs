using System.Text.Json;
using ModelContextProtocol.Protocol;
using Scp.Emulator;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Configuration;
using Scp.Sdk.Invocation;
using Scp.Sdk.Transport;

namespace Scp.Mcp.Server.Tests;

/// <summary>
/// docs/adding-a-product.md, proven: a made-up eighth product that exists only as a spec and a curation file
/// (Fixtures/AddedProduct/ml-notebook/1.0.json + tools.json) goes through the real generator and comes out as MCP
/// tools with schemas and annotations, and as emulated SCP behaviour — with no code written for it.
/// </summary>
public sealed class AddingAProductTests
{
    private static readonly Lazy<GeneratedCatalog> Added = new(() => GeneratedCatalog.Generate(Path.Combine(AppContext.BaseDirectory, "Fixtures", "AddedProduct")));

    private static readonly string[] ToolNames = ["notebook_create_notebook", "notebook_delete_notebook", "notebook_list_notebooks", "notebook_show_notebook"];

    [Fact]
    public void Generate_SpecAndCurationOnly_GivesSdkAndCatalogueWithoutDiagnostics()
    {
        var catalog = Added.Value;

        Assert.Empty(catalog.Diagnostics);
        Assert.Contains("MlNotebook.V1_0.Models.g.cs", catalog.Sources.Keys);
        Assert.Contains("CreateNotebookAsync", catalog.Sources["MlNotebook.V1_0.Client.g.cs"], StringComparison.Ordinal);
        var api = Assert.Single(catalog.Apis);
        Assert.Equal(("ml-notebook", "1.0", "notebook", "ML Notebook"), (api.Product, api.Version, api.ToolPrefix, api.ServiceName));
        Assert.Equal(ToolNames, catalog.Operations.Select(o => o.ToolName).Order(StringComparer.Ordinal));
        Assert.All(catalog.Operations, o => Assert.True(o.IsCurrent));
    }

    [Fact]
    public async Task ListTools_AddedProduct_OffersItsToolsWithSchemasAndAnnotations()
    {
        await using var server = await McpTestServer.StartAsync(operations: Added.Value.Operations);

        var tools = (await server.Client.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool);

        Assert.Equal(ToolNames, tools.Keys.Order(StringComparer.Ordinal));
        var create = tools["notebook_create_notebook"];
        Assert.Equal("Create a notebook", create.Title);
        var body = create.InputSchema.GetProperty("properties").GetProperty("body");
        Assert.Contains("\"^[a-z][a-z0-9_]{2,20}$\"", create.InputSchema.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("\"TENSORFLOW\"", create.InputSchema.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
        Assert.Equal(["body"], create.InputSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["notebook_id"], tools["notebook_show_notebook"].InputSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("\"state\"", tools["notebook_show_notebook"].OutputSchema!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.True(tools["notebook_list_notebooks"].Annotations!.ReadOnlyHint);
        Assert.True(tools["notebook_delete_notebook"].Annotations!.DestructiveHint);
        Assert.True(tools["notebook_delete_notebook"].Annotations!.IdempotentHint);
        Assert.False(create.Annotations!.ReadOnlyHint);
        Assert.False(create.Annotations!.DestructiveHint);
        Assert.All(tools.Values, t => Assert.True(t.Annotations!.OpenWorldHint));
    }

    [Fact]
    public async Task CallTools_AddedProductOnEmulator_CreateShowListDeleteGone()
    {
        var operations = Added.Value.Operations;
        await using var emulator = await ScpEmulatorHost.StartAsync(new ScpEmulatorOptions { Operations = operations, AsyncDelay = TimeSpan.FromMilliseconds(200) });
        var settings = new ScpSettings { AccessKey = ScpEmulatorDefaults.AccessKey, SecretKey = ScpEmulatorDefaults.SecretKey, EndpointOverride = emulator.BaseUrl };
        var backend = ScpHttpInvoker.Create(settings, new ScpResilienceOptions { MaxRetryAttempts = 0 }, TimeProvider.System);
        await using var server = await McpTestServer.StartAsync(
            elicit: _ => new ElicitResult { Action = "accept" }, invoker: new RecordingInvoker { Backend = backend }, operations: operations);

        var rejected = await server.CallAsync("notebook_create_notebook", """{"body":{"name":"X","image":"PYTORCH"}}""");
        var created = await server.CallAsync("notebook_create_notebook", """{"body":{"name":"demo_nb","image":"PYTORCH","gpu_count":1}}""");
        var id = created.StructuredContent!.Value.GetProperty("id").GetString()!;
        var shown = await server.CallAsync("notebook_show_notebook", $$"""{"notebook_id":"{{id}}"}""");
        var listed = await server.CallAsync("notebook_list_notebooks", """{"limit":10}""");
        var deleted = await server.CallAsync("notebook_delete_notebook", $$"""{"notebook_id":"{{id}}"}""");
        var gone = await WaitUntilGoneAsync(server, id);

        Assert.True(rejected.IsError);
        Assert.Contains("name", rejected.Text(), StringComparison.Ordinal);
        Assert.False(created.IsError, created.Text());
        Assert.False(shown.IsError, shown.Text());
        Assert.Equal("demo_nb", shown.StructuredContent!.Value.GetProperty("name").GetString());
        Assert.Equal("PYTORCH", shown.StructuredContent!.Value.GetProperty("image").GetString());
        Assert.False(listed.IsError, listed.Text());
        Assert.Equal([id], listed.StructuredContent!.Value.GetProperty("notebooks").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.False(deleted.IsError, deleted.Text());
        Assert.True(gone.IsError);
        Assert.Contains("404", gone.Text(), StringComparison.Ordinal);
    }

    private static async Task<CallToolResult> WaitUntilGoneAsync(McpTestServer server, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var result = await server.CallAsync("notebook_show_notebook", $$"""{"notebook_id":"{{id}}"}""");
            if (result.IsError == true || DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(100);
        }
    }
}
