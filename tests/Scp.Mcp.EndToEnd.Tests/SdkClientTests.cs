using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Mcp.EndToEnd.Tests.Harness;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.EndToEnd.Tests;

/// <summary>
/// The official TypeScript SDK client against the built scp-mcp with its embedded emulator. The same tests run
/// over stdio (<see cref="SdkClientStdioTests"/>) and Streamable HTTP (<see cref="SdkClientHttpTests"/>).
/// Every call goes through the client's own structuredContent-against-outputSchema check.
/// </summary>
public abstract class SdkClientTests
{
    /// <summary>The transport part of a session description.</summary>
    protected abstract JsonObject Transport { get; }

    [Fact]
    public async Task ListTools_FullServer_ListsEveryCurrentCatalogueOperation()
    {
        var session = await SdkSession.RunAsync(Transport, elicitation: null, listTools: true);

        var expected = ScpCatalog.Operations.Where(o => o.IsCurrent && !o.Hidden).Select(o => o.ToolName).Order(StringComparer.Ordinal).ToArray();
        var listed = session.Tools.Select(t => t.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(148, expected.Length);
        Assert.Equal(expected, listed);
        Assert.All(session.Tools, t => Assert.True(t.TryGetProperty("inputSchema", out _), t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task CallTool_GetToolsAndEveryArgumentFreeReadTool_ClientAcceptsStructuredContent()
    {
        // Seed the emulator so list results have items, read the new resources back, then call every read tool that needs no argument.
        var readTools = ScpCatalog.Operations
            .Where(o => o.IsCurrent && !o.Hidden && o.Safety == ScpSafety.Read && !o.BodyRequired && !o.Parameters.Any(p => p.Required))
            .Select(o => new ToolCall(o.ToolName))
            .ToArray();
        var seedAndGet = new[]
        {
            CreateBucket(UniqueName()),
            CreateFileVolume(UniqueName()),
            new ToolCall("archive_get_bucket", new JsonObject { ["bucket_id"] = "$call[0].id" }),
            new ToolCall("file_get_volume", new JsonObject { ["volume_id"] = "$call[1].volume_id" }),
        };
        var calls = seedAndGet.Concat(readTools).ToArray();

        var session = await SdkSession.RunAsync(Transport, elicitation: "accept", listTools: false, calls);

        Assert.True(readTools.Length >= 10, $"only {readTools.Length} argument-free read tools");
        Assert.Equal(calls.Length, session.Calls.Count);
        Assert.All(session.Calls, AssertSucceededWithValidStructuredContent);
        Assert.Contains(session.Calls.Single(c => c.Name == "archive_list_buckets").StructuredContent!.Value.GetProperty("buckets").EnumerateArray(),
            b => b.GetProperty("id").GetString() == session.Calls[0].StructuredContent!.Value.GetProperty("id").GetString());
    }

    [Fact]
    public async Task DestructiveCall_ElicitationAccepted_DeletesTheResource()
    {
        var name = UniqueName();

        var session = await SdkSession.RunAsync(Transport, elicitation: "accept", listTools: false,
            CreateBucket(name), DeleteBucket(), ListBuckets());

        AssertSucceededWithValidStructuredContent(session.Calls[0]);
        var delete = session.Calls[1];
        Assert.Equal(1, delete.ElicitationsDuring);
        AssertSucceededWithValidStructuredContent(delete);
        AssertSucceededWithValidStructuredContent(session.Calls[2]);
        Assert.DoesNotContain(name, session.Calls[2].Text, StringComparison.Ordinal);
        Assert.Contains("archive_delete_bucket", session.ElicitationMessages.Single(), StringComparison.Ordinal);
        Assert.Contains(BucketId(session), session.ElicitationMessages.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("decline", "declined")]
    [InlineData("cancel", "cancelled")]
    public async Task DestructiveCall_ElicitationDeclinedOrCancelled_NothingIsDeleted(string answer, string word)
    {
        var name = UniqueName();

        var session = await SdkSession.RunAsync(Transport, elicitation: answer, listTools: false,
            CreateBucket(name), DeleteBucket(), ListBuckets());

        var delete = session.Calls[1];
        Assert.Equal(1, delete.ElicitationsDuring);
        Assert.Null(delete.ClientError);
        Assert.True(delete.IsError, delete.ToString());
        Assert.Contains("NOT RUN", delete.Text, StringComparison.Ordinal);
        Assert.Contains(word, delete.Text, StringComparison.Ordinal);
        Assert.Contains(BucketId(session), delete.Text, StringComparison.Ordinal);
        AssertSucceededWithValidStructuredContent(session.Calls[2]);
        Assert.Contains(name, session.Calls[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DestructiveCall_ClientWithoutElicitation_RefusedWithTheOtherPolicies()
    {
        var name = UniqueName();

        var session = await SdkSession.RunAsync(Transport, elicitation: null, listTools: false,
            CreateBucket(name), DeleteBucket(), ListBuckets());

        var delete = session.Calls[1];
        Assert.Empty(session.ElicitationMessages);
        Assert.Null(delete.ClientError);
        Assert.True(delete.IsError, delete.ToString());
        Assert.Contains("NOT RUN", delete.Text, StringComparison.Ordinal);
        Assert.Contains("--confirm token", delete.Text, StringComparison.Ordinal);
        Assert.Contains("--confirm never", delete.Text, StringComparison.Ordinal);
        Assert.Contains(name, session.Calls[2].Text, StringComparison.Ordinal);
    }

    /// <summary>The call succeeded, and the client's own outputSchema check passed on its structuredContent.</summary>
    protected static void AssertSucceededWithValidStructuredContent(CallOutcome call)
    {
        ArgumentNullException.ThrowIfNull(call);
        Assert.True(call.ClientError is null, $"{call.Name}: the TypeScript client rejected the result: {call.ClientError}\n{call}");
        Assert.False(call.IsError, $"{call.Name} returned isError: {call}");
        if (call.HasOutputSchema)
        {
            Assert.True(call.StructuredContent is { ValueKind: JsonValueKind.Object }, $"{call.Name} declares an outputSchema but returned no structuredContent object: {call}");
        }
    }

    private static string UniqueName() => "e2e" + Guid.NewGuid().ToString("N")[..10];

    private static string BucketId(SdkSessionResult session) => session.Calls[0].StructuredContent!.Value.GetProperty("id").GetString()!;

    private static ToolCall CreateBucket(string name) => new("archive_create_bucket", new JsonObject { ["body"] = new JsonObject { ["name"] = name } });

    private static ToolCall CreateFileVolume(string name) => new("file_create_volume", new JsonObject
    {
        ["body"] = new JsonObject { ["name"] = name, ["protocol"] = "NFS", ["type_name"] = "HDD" },
    });

    private static ToolCall DeleteBucket() => new("archive_delete_bucket", new JsonObject { ["bucket_id"] = "$call[0].id" });

    private static ToolCall ListBuckets() => new("archive_list_buckets");
}
