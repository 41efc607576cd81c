using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Scp.Sdk.Errors;

namespace Scp.Emulator.Tests;

/// <summary>For each product, the main resource's life through the SDK's signed invoker: create, list, get, update, delete.</summary>
public sealed partial class LifecycleTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task FileStorageVolume_FullLifecycle_WalksCreatingAvailableDeletingGone()
    {
        await using var s = await EmulatorSession.StartAsync();
        const string P = "filestorage";
        var created = await s.CallAsync(P, "CreateVolume", JsonNode.Parse("""{"name":"vol_one","protocol":"NFS","type_name":"HDD"}"""));
        var id = created!["volume_id"]!.GetValue<string>();
        Assert.Matches(Uuid(), id);
        Assert.Equal("vol_one", created["volume_name"]!.GetValue<string>());
        Assert.Null(created["snapshot_id"]);

        var shown = await s.CallAsync(P, "ShowVolume", path: [("volume_id", id)]);
        Assert.Equal("creating", shown!["state"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(shown["account_id"]!.GetValue<string>()));
        s.Clock.Advance(Settle);
        shown = await s.CallAsync(P, "ShowVolume", path: [("volume_id", id)]);
        Assert.Equal("available", shown!["state"]!.GetValue<string>());
        Assert.Equal("jef22f67-ee83-4gg2-2ab6-3lf774ekfjdu", shown["type_id"]!.GetValue<string>()); // untracked: from the docs' example

        var list = await s.CallAsync(P, "ListVolumes");
        Assert.Equal(1, list!["count"]!.GetValue<int>());
        Assert.Equal(id, list["filestorages"]![0]!["id"]!.GetValue<string>());

        var set = await s.CallAsync(P, "SetVolume", JsonNode.Parse("""{"file_unit_recovery_enabled":false}"""), path: [("volume_id", id)]);
        Assert.False(set!["file_unit_recovery_enabled"]!.GetValue<bool>());
        shown = await s.CallAsync(P, "ShowVolume", path: [("volume_id", id)]);
        Assert.Equal("editing", shown!["state"]!.GetValue<string>());
        Assert.False(shown["file_unit_recovery_enabled"]!.GetValue<bool>());

        var busy = await Assert.ThrowsAsync<ScpApiException>(() => s.SendAsync(P, "DeleteVolume", path: [("volume_id", id)]));
        Assert.Equal(409, busy.StatusCode); // still editing, and the spec documents 409 for DeleteVolume
        Assert.Contains("is editing", busy.Detail, StringComparison.Ordinal);

        s.Clock.Advance(Settle);
        var deleted = await s.SendAsync(P, "DeleteVolume", path: [("volume_id", id)]);
        Assert.Equal(202, deleted.StatusCode);
        shown = await s.CallAsync(P, "ShowVolume", path: [("volume_id", id)]);
        Assert.Equal("deleting", shown!["state"]!.GetValue<string>());
        s.Clock.Advance(Settle);
        var gone = await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync(P, "ShowVolume", path: [("volume_id", id)]));
        Assert.Equal(404, gone.StatusCode);
    }

    [Fact]
    public async Task BlockStorageVolume_FullLifecycle_AsyncResponseQosAndNestedSnapshots()
    {
        await using var s = await EmulatorSession.StartAsync();
        const string P = "baremetal-blockstorage";
        var body = """{"attachments":[{"object_id":"83c3c73d457345e3829ee6d5557c0016","object_type":"BM"}],"disk_type":"SSD","name":"bs-01","qos":{"iops":3000,"throughput":125},"size_gb":10}""";
        var created = await s.CallAsync(P, "CreateVolume", JsonNode.Parse(body));
        Assert.StartsWith("req-", created!["request_id"]!.GetValue<string>(), StringComparison.Ordinal);
        var id = created["resource_id"]!.GetValue<string>();
        Assert.Matches(Hex32(), id); // this product's ids are 32 hex characters, as in its examples

        var shown = await s.CallAsync(P, "ShowVolume", path: [("volume_id", id)]);
        Assert.Equal("CREATING", shown!["result"]!["state"]!.GetValue<string>());
        Assert.Equal(id, shown["result"]!["id"]!.GetValue<string>());
        s.Clock.Advance(Settle);
        shown = await s.CallAsync(P, "ShowVolume", path: [("volume_id", id)]);
        Assert.Equal("AVAILABLE", shown!["result"]!["state"]!.GetValue<string>());
        Assert.Equal(10, shown["result"]!["size_gb"]!.GetValue<int>());

        var other = (await s.CallAsync(P, "CreateVolume", JsonNode.Parse(body.Replace("bs-01", "bs-02", StringComparison.Ordinal))))!["resource_id"]!.GetValue<string>();
        var list = await s.CallAsync(P, "ListVolumes", query: [("name", "bs-02")]);
        Assert.Equal(1, list!["total_count"]!.GetValue<int>());
        Assert.Equal(other, list["volumes"]![0]!["id"]!.GetValue<string>());

        var qos = await s.CallAsync(P, "SetVolumeQos", JsonNode.Parse("""{"iops":5000}"""), path: [("volume_id", id)]);
        Assert.Equal(5000, qos!["iops"]!.GetValue<int>());
        Assert.Equal(125, qos["throughput"]!.GetValue<int>());
        shown = await s.CallAsync(P, "ShowVolume", path: [("volume_id", id)]);
        Assert.Equal(5000, shown!["result"]!["qos"]!["iops"]!.GetValue<int>());

        var snapshot = await s.CallAsync(P, "CreateVolumeSnapshot", JsonNode.Parse("""{"name":"snap-01"}"""), path: [("volume_id", id)]);
        var snapshotId = snapshot!["resource_id"]!.GetValue<string>();
        var snapshots = await s.CallAsync(P, "ListVolumeSnapshots", path: [("volume_id", id)]);
        Assert.Equal(snapshotId, snapshots!["snapshots"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(id, snapshots["snapshots"]![0]!["volume_id"]!.GetValue<string>());
        Assert.Equal(0, (await s.CallAsync(P, "ListVolumeSnapshots", path: [("volume_id", other)]))!["total_count"]!.GetValue<int>());

        await s.CallAsync(P, "DeleteVolume", path: [("volume_id", id)]);
        Assert.Equal("DELETING", (await s.CallAsync(P, "ShowVolume", path: [("volume_id", id)]))!["result"]!["state"]!.GetValue<string>());
        s.Clock.Advance(Settle);
        var gone = await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync(P, "ListVolumeSnapshots", path: [("volume_id", id)]));
        Assert.Equal(404, gone.StatusCode);
    }

    [Fact]
    public async Task ArchiveBucket_FullLifecycle_SyncCreateEncryptionAndConflict()
    {
        await using var s = await EmulatorSession.StartAsync();
        const string P = "archivestorage";
        var created = await s.SendAsync(P, "CreateBucket", JsonNode.Parse("""{"name":"astest"}"""));
        Assert.Equal(201, created.StatusCode);
        var id = JsonNode.Parse(created.Body.Span)!["id"]!.GetValue<string>();

        var shown = await s.CallAsync(P, "ShowBucket", path: [("bucket_id", id)]);
        Assert.Equal("ACTIVE", shown!["state"]!.GetValue<string>()); // synchronous create: settled at once
        Assert.Equal("astest", shown["name"]!.GetValue<string>());

        var encryption = await s.CallAsync(P, "SetBucketEncryption", JsonNode.Parse("""{"enabled":false}"""), path: [("bucket_id", id)]);
        Assert.Equal(id, encryption!["id"]!.GetValue<string>());
        Assert.False((await s.CallAsync(P, "ShowBucketEncryption", path: [("bucket_id", id)]))!["enabled"]!.GetValue<bool>());

        var list = await s.CallAsync(P, "ListBuckets");
        Assert.Equal("astest", list!["buckets"]![0]!["name"]!.GetValue<string>());

        var duplicate = await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync(P, "CreateBucket", JsonNode.Parse("""{"name":"astest"}""")));
        Assert.Equal(409, duplicate.StatusCode);

        await s.CallAsync(P, "DeleteBucket", path: [("bucket_id", id)]);
        Assert.Equal("DELETING", (await s.CallAsync(P, "ShowBucket", path: [("bucket_id", id)]))!["state"]!.GetValue<string>());
        s.Clock.Advance(Settle);
        Assert.Empty((await s.CallAsync(P, "ListBuckets"))!["buckets"]!.AsArray());
    }

    [Fact]
    public async Task Backup_FullLifecycle_SyncResponseDuplicateCheckAndRetention()
    {
        await using var s = await EmulatorSession.StartAsync();
        const string P = "backup";
        var created = await s.CallAsync(P, "CreateBackup", JsonNode.Parse("""{"name":"backup-001","policy_category":"AGENTLESS","policy_type":"VM_IMAGE","retention_period":"WEEK_2","server_uuid":"89f5ef44-1021-4a5c-8e06-fbb289eac366","server_name":"server-001"}"""));
        var id = created!["resource"]!["id"]!.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(created["request_id"]!.GetValue<string>()));

        Assert.True((await s.CallAsync(P, "CheckBackupNameDuplicate", query: [("backup_name", "backup-001")]))!["result"]!.GetValue<bool>());
        Assert.False((await s.CallAsync(P, "CheckBackupNameDuplicate", query: [("backup_name", "backup-002")]))!["result"]!.GetValue<bool>());

        var shown = await s.CallAsync(P, "ShowBackup", path: [("backup_id", id)]);
        Assert.Equal("AVAILABLE", shown!["state"]!.GetValue<string>());
        Assert.Equal("server-001", shown["server_name"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(shown["created_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _));

        var list = await s.CallAsync(P, "ListBackups");
        Assert.Equal(1, list!["count"]!.GetValue<int>());

        await s.CallAsync(P, "UpdateRetentionPeriod", JsonNode.Parse("""{"retention_period":"MONTH_1"}"""), path: [("backup_id", id)]);
        Assert.Equal("MONTH_1", (await s.CallAsync(P, "ShowBackup", path: [("backup_id", id)]))!["retention_period"]!.GetValue<string>());

        await s.CallAsync(P, "DeleteBackup", path: [("backup_id", id)]); // 200 in the spec: gone at once
        Assert.Equal(404, (await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync(P, "ShowBackup", path: [("backup_id", id)]))).StatusCode);
        Assert.False((await s.CallAsync(P, "CheckBackupNameDuplicate", query: [("backup_name", "backup-001")]))!["result"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ParallelFileStorageVolume_FullLifecycle_ThroughListAndCapacity()
    {
        await using var s = await EmulatorSession.StartAsync();
        const string P = "parallel-filestorage";
        var created = await s.CallAsync(P, "CreateVolume", JsonNode.Parse("""{"name":"pfs_one","capacity_tb":10}"""));
        var id = created!["id"]!.GetValue<string>();
        Assert.Equal("creating", created["state"]!.GetValue<string>());

        s.Clock.Advance(Settle);
        var listed = (await s.CallAsync(P, "ListVolumes"))!["parallel_filestorages"]![0]!;
        Assert.Equal("available", listed["state"]!.GetValue<string>());

        var resized = await s.CallAsync(P, "SetVolumeCapacity", JsonNode.Parse("""{"capacity_tb":20}"""), path: [("volume_id", id)]);
        Assert.Equal(20, resized!["capacity_tb"]!.GetValue<int>());
        Assert.Equal(20, (await s.CallAsync(P, "ListVolumes"))!["parallel_filestorages"]![0]!["capacity_tb"]!.GetValue<int>());

        await s.CallAsync(P, "DeleteVolume", path: [("volume_id", id)]);
        Assert.Equal("deleting", (await s.CallAsync(P, "ListVolumes"))!["parallel_filestorages"]![0]!["state"]!.GetValue<string>());
        s.Clock.Advance(Settle);
        Assert.Equal(0, (await s.CallAsync(P, "ListVolumes"))!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task AimlopsPlatform_FullLifecycle_NestedBodyAndNameCheck()
    {
        await using var s = await EmulatorSession.StartAsync();
        const string P = "aimlops-platform";
        var created = await s.CallAsync(P, "CreateAiMlOpsPlatform", JsonNode.Parse("""{"ai_ml_ops_platform_create_request":{"ai_ml_ops_platform_type":"Enterprise","image_id":"img-1","release_name":"aiml-test","initial_user_password":"147@53A69a"}}"""));
        var id = created!["resource_id"]!.GetValue<string>();

        var detail = await s.CallAsync(P, "GetAiMlOpsPlatformDetails", path: [("release_id", id)]);
        Assert.Equal("aiml-test", detail!["release_name"]!.GetValue<string>());
        Assert.Equal(id, detail["release_id"]!.GetValue<string>());
        Assert.Equal("CREATING", detail["release_state"]!.GetValue<string>());
        Assert.DoesNotContain("147@53A69a", detail.ToJsonString(), StringComparison.Ordinal);
        s.Clock.Advance(Settle);
        Assert.Equal("DEPLOYED", (await s.CallAsync(P, "GetAiMlOpsPlatformDetails", path: [("release_id", id)]))!["release_state"]!.GetValue<string>());

        var list = await s.CallAsync(P, "ListAiMlOpsPlatforms", query: [("page", "0"), ("size", "10")]);
        Assert.Equal(1, list!["total_count"]!.GetValue<int>());
        Assert.Equal("aiml-test", list["contents"]![0]!["release_name"]!.GetValue<string>());
        Assert.True((await s.CallAsync(P, "CheckDuplicationAiMlOpsPlatformName", query: [("release_name", "aiml-test")]))!["result"]!.GetValue<bool>());

        await s.CallAsync(P, "UpdateAiMlOpsPlatform", JsonNode.Parse("""{"ai_ml_ops_platform_endpoint_type":"Private"}"""), path: [("release_id", id)]);
        detail = await s.CallAsync(P, "GetAiMlOpsPlatformDetails", path: [("release_id", id)]);
        Assert.Equal("Private", detail!["ai_ml_ops_platform_endpoint_type"]!.GetValue<string>());
        Assert.Equal("EDITING", detail["release_state"]!.GetValue<string>());

        s.Clock.Advance(Settle);
        await s.CallAsync(P, "DeleteAiMlOpsPlatform", path: [("release_id", id)]);
        Assert.Equal("DELETING", (await s.CallAsync(P, "GetAiMlOpsPlatformDetails", path: [("release_id", id)]))!["release_state"]!.GetValue<string>());
        s.Clock.Advance(Settle);
        Assert.Equal(404, (await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync(P, "GetAiMlOpsPlatformDetails", path: [("release_id", id)]))).StatusCode);
    }

    [Fact]
    public async Task CloudMl_FullLifecycle_AsyncSchemaMakesCreateAsynchronous()
    {
        await using var s = await EmulatorSession.StartAsync();
        const string P = "cloud-ml";
        var created = await s.SendAsync(P, "CreateCloudMl", JsonNode.Parse("""{"cloud_ml_name":"aiml-test","cluster_id":"c1","custom_registry_access_secret_key":"s3cr3t","domain_name":"ml.example.com"}"""));
        Assert.Equal(200, created.StatusCode);
        var id = JsonNode.Parse(created.Body.Span)!["resource_id"]!.GetValue<string>();

        var detail = await s.CallAsync(P, "GetCloudMl", path: [("cloud_ml_id", id)]);
        Assert.Equal("CREATING", detail!["cloud_ml_state"]!.GetValue<string>());
        Assert.Equal("aiml-test", detail["cloud_ml_name"]!.GetValue<string>());
        s.Clock.Advance(Settle);
        Assert.Equal("DEPLOYED", (await s.CallAsync(P, "GetCloudMl", path: [("cloud_ml_id", id)]))!["cloud_ml_state"]!.GetValue<string>());

        Assert.True((await s.CallAsync(P, "CheckDuplicationCloudMl", query: [("name", "aiml-test")]))!["result"]!.GetValue<bool>());
        Assert.True((await s.CallAsync(P, "CheckDuplicationCloudMl", query: [("domain_name", "ml.example.com")]))!["result"]!.GetValue<bool>());
        Assert.False((await s.CallAsync(P, "CheckDuplicationCloudMl", query: [("name", "other")]))!["result"]!.GetValue<bool>());

        var updated = await s.CallAsync(P, "UpdateCloudMl", JsonNode.Parse("""{"description":"second"}"""), path: [("cloud_ml_id", id)]);
        Assert.Equal("second", updated!["description"]!.GetValue<string>());

        s.Clock.Advance(Settle);
        await s.CallAsync(P, "DeleteCloudMl", path: [("cloud_ml_id", id)]);
        s.Clock.Advance(Settle);
        Assert.Equal(404, (await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync(P, "GetCloudMl", path: [("cloud_ml_id", id)]))).StatusCode);
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex Uuid();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Hex32();
}
