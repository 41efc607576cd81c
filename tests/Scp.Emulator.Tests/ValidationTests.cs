using System.Text.Json.Nodes;
using Scp.Sdk.Errors;

namespace Scp.Emulator.Tests;

public sealed class ValidationTests
{
    private static async Task<ScpApiException> RejectedAsync(string product, string operationId, string? body = null, (string, string)[]? path = null, (string, string)[]? query = null)
    {
        await using var s = await EmulatorSession.StartAsync();
        var ex = await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync(product, operationId, body, path, query));
        Assert.Equal(400, ex.StatusCode);
        Assert.StartsWith("req-", ex.RequestId, StringComparison.Ordinal);
        return ex;
    }

    [Fact]
    public async Task CreateVolume_MissingRequiredField_400NamesTheFieldAndStoresNothing()
    {
        await using var s = await EmulatorSession.StartAsync();
        var ex = await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync("filestorage", "CreateVolume", JsonNode.Parse("""{"name":"vol_a","type_name":"HDD"}""")));
        Assert.Equal(400, ex.StatusCode);
        Assert.Contains("body.protocol: required field is missing; expected string matching ^(NFS|CIFS)$", ex.Detail, StringComparison.Ordinal);
        Assert.Equal(0, (await s.CallAsync("filestorage", "ListVolumes"))!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task CreateVolume_SeveralErrors_400ListsEveryOne()
    {
        var ex = await RejectedAsync("filestorage", "CreateVolume", """{"name":"Bad-Name","type_name":"HDD","colour":"red"}""");
        Assert.Contains("body.protocol: required field is missing", ex.Detail, StringComparison.Ordinal);
        Assert.Contains("body.name: \"Bad-Name\" does not match the pattern", ex.Detail, StringComparison.Ordinal);
        Assert.Contains("body.colour: unknown field", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateVolume_NameAgainstPattern_400NamesFieldAndPattern()
    {
        var ex = await RejectedAsync("filestorage", "CreateVolume", """{"name":"Bad-Name","protocol":"NFS","type_name":"HDD"}""");
        Assert.Contains("body.name: \"Bad-Name\" does not match the pattern; expected string matching ^[a-z]([a-z0-9_]){2,20}$", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateVolume_EnumViolation_400ListsAllowedValues()
    {
        var ex = await RejectedAsync("baremetal-blockstorage", "CreateVolume", """{"attachments":[],"disk_type":"NVME","name":"bs","size_gb":10}""");
        Assert.Contains("body.disk_type: \"NVME\" is not an allowed value; expected one of \"SSD\", \"HDD\"", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateVolume_NestedValueOfWrongType_400NamesNestedPath()
    {
        var ex = await RejectedAsync("baremetal-blockstorage", "CreateVolume", """{"attachments":[],"disk_type":"SSD","name":"bs","size_gb":10,"qos":{"iops":"fast","throughput":125}}""");
        Assert.Contains("body.qos.iops: expected integer but got string", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateVolume_WrongTypeInArrayItem_400NamesIndex()
    {
        var ex = await RejectedAsync("baremetal-blockstorage", "CreateVolume", """{"attachments":[{"object_id":5}],"disk_type":"SSD","name":"bs","size_gb":10}""");
        Assert.Contains("body.attachments[0].object_id: expected string but got number 5", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListVolumes_NonIntegerQuery_400NamesQueryParameter()
    {
        var ex = await RejectedAsync("filestorage", "ListVolumes", query: [("limit", "ten")]);
        Assert.Contains("limit: expected integer but got string", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckName_MissingRequiredQuery_400NamesIt()
    {
        var ex = await RejectedAsync("backup", "CheckBackupNameDuplicate");
        Assert.Contains("backup_name: required field is missing; expected string", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateBucket_BodyNotJson_400SaysSo()
    {
        var ex = await RejectedAsync("archivestorage", "CreateBucket", "{name:");
        Assert.Contains("not valid JSON", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateBucket_MissingBody_400SaysBodyRequired()
    {
        var ex = await RejectedAsync("archivestorage", "CreateBucket");
        Assert.Contains("body: required field is missing; expected", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowVolume_UnknownId_404SCPShaped()
    {
        await using var s = await EmulatorSession.StartAsync();
        var ex = await Assert.ThrowsAsync<ScpApiException>(() => s.CallAsync("filestorage", "ShowVolume", path: [("volume_id", "nope")]));
        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("NotFound", ex.ErrorCode);
        Assert.Contains("volume 'nope' was not found", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_DocsExampleBodies_AreAccepted()
    {
        await using var s = await EmulatorSession.StartAsync();
        var created = await s.CallAsync("baremetal-blockstorage", "CreateVolume", JsonNode.Parse(FixtureCatalog.Find("baremetal-blockstorage", "CreateVolume").BodyExampleJson!));
        Assert.NotNull(created!["resource_id"]);
    }
}
