using System.Text.Json;
using ModelContextProtocol.Protocol;
using Scp.Emulator;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Catalog;
using Scp.Sdk.Configuration;
using Scp.Sdk.Transport;

namespace Scp.Mcp.Server.Tests;

/// <summary>
/// Each product's principal resource through MCP against the real emulator, which keeps a new or deleted resource in a
/// transitional state for a while (as SCP does): create → get → list → delete (confirmed) → gone. A tool that returned
/// before the resource settled would make the delete fail with 409 ("… is creating") or leave the resource listed.
/// </summary>
public sealed class PrincipalResourceLifecycleTests
{
    private static readonly TimeSpan TransitionTime = TimeSpan.FromMilliseconds(800);

    public static TheoryData<string, string, string, string, string?, string, string> Products => new()
    {
        // create tool, create arguments, id field of the answer, get tool (id parameter), list tool, delete tool, id parameter
        { "aimlops_create_platform", """{"body":{"ai_ml_ops_platform_create_request":{"ai_ml_ops_platform_type":"Enterprise","cluster_id":"10a599e031e749b7b260868f441e862b","image_id":"10a599e031e749b7b260868f441e862b","initial_user_email":"example@gmail.com","initial_user_password":"147@53A69a","release_name":"aiml-test","storage_class_name":"","ai_ml_ops_platform_endpoint_type":"","tags":[]}}}""", "resource_id", "aimlops_get_platform", "aimlops_list_platforms", "aimlops_delete_platform", "release_id" },
        { "cloudml_create_service", "EXAMPLE", "resource_id", "cloudml_get_service", null, "cloudml_delete_service", "cloud_ml_id" },
        { "archive_create_bucket", """{"body":{"name":"astest"}}""", "id", "archive_get_bucket", "archive_list_buckets", "archive_delete_bucket", "bucket_id" },
        { "backup_create_backup", """{"body":{"name":"backup-001","policy_category":"AGENTLESS","policy_type":"VM_IMAGE","retention_period":"WEEK_2","server_uuid":"89f5ef44-1021-4a5c-8e06-fbb289eac366","server_category":"VIRTUAL_SERVER","schedules":[{"frequency":"DAILY","start_time":"09:00:00","type":"FULL"}]}}""", "resource.id", "backup_get_backup", "backup_list_backups", "backup_delete_backup", "backup_id" },
        { "bmblock_create_volume", """{"body":{"attachments":[{"object_id":"83c3c73d457345e3829ee6d5557c0016","object_type":"BM"}],"disk_type":"SSD","name":"bs-01","qos":{"iops":3000,"throughput":125},"size_gb":10}}""", "resource_id", "bmblock_get_volume", "bmblock_list_volumes", "bmblock_delete_volume", "volume_id" },
        { "file_create_volume", """{"body":{"name":"vol_one","protocol":"NFS","type_name":"HDD"}}""", "volume_id", "file_get_volume", "file_list_volumes", "file_delete_volume", "volume_id" },
        { "pfile_create_volume", """{"body":{"name":"pfs_one","capacity_tb":10}}""", "id", "pfile_get_volume", "pfile_list_volumes", "pfile_delete_volume", "volume_id" },
    };

    [Theory]
    [MemberData(nameof(Products))]
    public async Task PrincipalResource_CreateGetListDeleteGone_NoConflictFromReturningEarly(
        string createTool, string createArguments, string idField, string getTool, string? listTool, string deleteTool, string idParameter)
    {
        await using var emulator = await ScpEmulatorHost.StartAsync(new ScpEmulatorOptions { AsyncDelay = TransitionTime });
        using var http = Invoker(emulator);
        var settings = new ScpServerOptions
        {
            LongRunningFirstDelay = TimeSpan.FromMilliseconds(200),
            LongRunningInterval = TimeSpan.FromMilliseconds(200),
            LongRunningTimeout = TimeSpan.FromSeconds(20),
        };
        await using var server = await McpTestServer.StartAsync(
            settings, elicit: _ => new ElicitResult { Action = "accept" }, invoker: new RecordingInvoker { Backend = http }, operations: ScpCatalog.Operations);

        var create = ScpCatalog.Operations.Single(o => o.ToolName == createTool && o.IsCurrent);
        var created = await server.CallAsync(createTool, createArguments == "EXAMPLE" ? $$"""{"body":{{create.BodyExampleJson}}}""" : createArguments);
        Assert.False(created.IsError, created.Text());
        var id = Read(created.StructuredContent!.Value, idField);
        Assert.False(string.IsNullOrEmpty(id), created.Text());
        Assert.Equal(create.Lifecycle is not null, created.Text().Contains("\"phase\":\"settled\"", StringComparison.Ordinal));

        var shown = await server.CallAsync(getTool, Args(idParameter, id));
        Assert.False(shown.IsError, shown.Text());
        if (create.Lifecycle is { StatePath: { } statePath } lifecycle)
        {
            var state = Read(shown.StructuredContent!.Value, statePath);
            Assert.False(state is null || lifecycle.TransitionalStates.Contains(state, StringComparer.OrdinalIgnoreCase), $"{getTool} shows {statePath} = {state}");
        }

        if (listTool is not null)
        {
            var listed = await server.CallAsync(listTool);
            Assert.False(listed.IsError, listed.Text());
            Assert.Contains(id, listed.Text(), StringComparison.Ordinal);
        }

        var deleted = await server.CallAsync(deleteTool, Args(idParameter, id));
        Assert.False(deleted.IsError, deleted.Text()); // a 409 "… is creating" here means the create returned too early

        var gone = await server.CallAsync(getTool, Args(idParameter, id));
        Assert.True(gone.IsError, gone.Text());
        Assert.Contains("status 404", gone.Text(), StringComparison.Ordinal);
        if (listTool is not null)
        {
            Assert.DoesNotContain(id, (await server.CallAsync(listTool)).Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FileVolume_ServerReturnsBeforeSettling_DeleteConflicts()
    {
        // The same flow with a server that gives up waiting at once (as the old waiter did for file_create_volume,
        // whose answer names the volume volume_id): the emulator refuses the delete while the volume is creating.
        await using var emulator = await ScpEmulatorHost.StartAsync(new ScpEmulatorOptions { AsyncDelay = TimeSpan.FromSeconds(30) });
        using var http = Invoker(emulator);
        var settings = new ScpServerOptions { LongRunningFirstDelay = TimeSpan.Zero, LongRunningInterval = TimeSpan.Zero, LongRunningTimeout = TimeSpan.FromTicks(1) };
        await using var server = await McpTestServer.StartAsync(
            settings, elicit: _ => new ElicitResult { Action = "accept" }, invoker: new RecordingInvoker { Backend = http }, operations: ScpCatalog.Operations);

        var created = await server.CallAsync("file_create_volume", """{"body":{"name":"vol_one","protocol":"NFS","type_name":"HDD"}}""");
        var id = Read(created.StructuredContent!.Value, "volume_id")!;
        var deleted = await server.CallAsync("file_delete_volume", Args("volume_id", id));

        Assert.True(deleted.IsError);
        Assert.Contains("status 409", deleted.Text(), StringComparison.Ordinal);
        Assert.Contains("is creating", deleted.Text(), StringComparison.Ordinal);
    }

    private static ScpHttpInvoker Invoker(ScpEmulatorHost emulator)
    {
        var key = emulator.DefaultKeyPair;
        return ScpHttpInvoker.Create(new ScpSettings
        {
            AccessKey = key.AccessKey,
            SecretKey = key.SecretKey,
            AccountId = key.AccountId,
            Region = "kr-west1",
            Environment = "e",
            EndpointOverride = emulator.BaseUrl,
        });
    }

    private static string Args(string name, string value) => JsonSerializer.Serialize(new Dictionary<string, string> { [name] = value });

    private static string? Read(JsonElement element, string dottedPath)
    {
        foreach (var part in dottedPath.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
