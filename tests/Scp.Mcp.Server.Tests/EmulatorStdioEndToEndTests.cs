using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Scp.Mcp.Server.Tests.Fixtures;

namespace Scp.Mcp.Server.Tests;

/// <summary>
/// The real scp-mcp process over stdio with <c>--emulator</c>, driven by an MCP client: what a newcomer sees
/// when attaching Claude Desktop or VS Code to <c>scp-mcp --emulator</c>.
/// </summary>
public sealed class EmulatorStdioEndToEndTests
{
    [Fact]
    public async Task Emulator_BucketLifecycle_CreateListDeleteAfterAcceptedElicitation()
    {
        var asked = new List<string>();
        await using var client = await StartAsync(request =>
        {
            asked.Add(request.Message);
            return new ElicitResult { Action = "accept" };
        });
        var name = "e2e-" + Guid.NewGuid().ToString("N")[..8];

        var created = await client.CallToolAsync("archive_create_bucket", new Dictionary<string, object?> { ["body"] = new Dictionary<string, object?> { ["name"] = name } });
        Assert.False(created.IsError, created.Text());
        var id = created.StructuredContent!.Value.GetProperty("id").GetString()!;

        var listed = await client.CallToolAsync("archive_list_buckets", NoArgs);
        Assert.False(listed.IsError, listed.Text());
        Assert.Contains(Buckets(listed), b => b.Id == id && b.Name == name);

        var deleted = await client.CallToolAsync("archive_delete_bucket", new Dictionary<string, object?> { ["bucket_id"] = id });
        Assert.False(deleted.IsError, deleted.Text());
        var question = Assert.Single(asked);
        Assert.Contains(id, question, StringComparison.Ordinal);

        var after = await client.CallToolAsync("archive_list_buckets", NoArgs);
        Assert.DoesNotContain(Buckets(after), b => b.Id == id);
    }

    [Fact]
    public async Task Emulator_DeleteDeclined_BucketStaysAndResultSaysNothingWasSent()
    {
        await using var client = await StartAsync(_ => new ElicitResult { Action = "decline" });
        var created = await client.CallToolAsync("archive_create_bucket", new Dictionary<string, object?> { ["body"] = new Dictionary<string, object?> { ["name"] = "keep-me" } });
        var id = created.StructuredContent!.Value.GetProperty("id").GetString()!;

        var deleted = await client.CallToolAsync("archive_delete_bucket", new Dictionary<string, object?> { ["bucket_id"] = id });

        Assert.True(deleted.IsError);
        Assert.Contains("declined", deleted.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Buckets(await client.CallToolAsync("archive_list_buckets", NoArgs)), b => b.Id == id);
    }

    [Fact]
    public async Task Emulator_CreateWithoutRequiredField_ErrorNamesTheField()
    {
        await using var client = await StartAsync(_ => new ElicitResult { Action = "accept" });

        var result = await client.CallToolAsync("archive_create_bucket", new Dictionary<string, object?> { ["body"] = new Dictionary<string, object?> { ["tags"] = Array.Empty<object>() } });

        Assert.True(result.IsError);
        Assert.Contains("body.name", result.Text(), StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> NoArgs => [];

    private static List<(string? Id, string? Name)> Buckets(CallToolResult result) =>
        result.StructuredContent!.Value.GetProperty("buckets").EnumerateArray()
            .Select(b => (b.GetProperty("id").GetString(), b.TryGetProperty("name", out var n) ? n.GetString() : null))
            .ToList();

    private static async Task<McpClient> StartAsync(Func<ElicitRequestParams, ElicitResult> elicit)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "scp-mcp",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "scp-mcp.dll"), "--emulator"],
        });
        return await McpClient.CreateAsync(transport, new McpClientOptions
        {
            Capabilities = new ClientCapabilities { Elicitation = new ElicitationCapability { Form = new FormElicitationCapability() } },
            Handlers = new McpClientHandlers { ElicitationHandler = (request, _) => ValueTask.FromResult(elicit(request!)) },
        });
    }
}
