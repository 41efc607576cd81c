using System.Text.Json.Nodes;

namespace Scp.Emulator.Tests;

public sealed class PagingTests
{
    private static async Task<EmulatorSession> WithVolumesAsync(params (string Name, string Type)[] volumes)
    {
        var s = await EmulatorSession.StartAsync();
        foreach (var (name, type) in volumes)
        {
            await s.CallAsync("filestorage", "CreateVolume", JsonNode.Parse($$"""{"name":"{{name}}","protocol":"NFS","type_name":"{{type}}"}"""));
        }

        return s;
    }

    private static string[] Names(JsonNode? list, string array) =>
        list![array]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task ListVolumes_OffsetAndLimit_ReturnsThatWindowAndTheFullCount()
    {
        await using var s = await WithVolumesAsync(("vol_a", "HDD"), ("vol_b", "SSD"), ("vol_c", "HDD"), ("vol_d", "SSD"), ("vol_e", "HDD"));
        var page = await s.CallAsync("filestorage", "ListVolumes", query: [("offset", "1"), ("limit", "2")]);
        Assert.Equal(5, page!["count"]!.GetValue<int>());
        Assert.Equal(["vol_b", "vol_c"], Names(page, "filestorages"));
    }

    [Fact]
    public async Task ListVolumes_SortDescending_OrdersByThatField()
    {
        await using var s = await WithVolumesAsync(("vol_b", "HDD"), ("vol_a", "HDD"), ("vol_c", "HDD"));
        var sorted = await s.CallAsync("filestorage", "ListVolumes", query: [("sort", "name:desc")]);
        Assert.Equal(["vol_c", "vol_b", "vol_a"], Names(sorted, "filestorages"));
    }

    [Fact]
    public async Task ListVolumes_FilterParameters_KeepOnlyMatchingRecords()
    {
        await using var s = await WithVolumesAsync(("vol_a", "HDD"), ("vol_b", "SSD"), ("vol_c", "SSD"));
        var ssd = await s.CallAsync("filestorage", "ListVolumes", query: [("type_name", "SSD")]);
        Assert.Equal(["vol_b", "vol_c"], Names(ssd, "filestorages"));
        var named = await s.CallAsync("filestorage", "ListVolumes", query: [("name", "vol_c")]);
        Assert.Equal(1, named!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task ListBackups_PageAndSize_AreZeroBasedPages()
    {
        await using var s = await EmulatorSession.StartAsync();
        foreach (var name in new[] { "b-1", "b-2", "b-3" })
        {
            await s.CallAsync("backup", "CreateBackup", JsonNode.Parse($$"""{"name":"{{name}}","policy_category":"AGENT","policy_type":"FS","retention_period":"WEEK_2","server_uuid":"u"}"""));
        }

        var second = await s.CallAsync("backup", "ListBackups", query: [("page", "1"), ("size", "2")]);
        Assert.Equal(3, second!["count"]!.GetValue<int>());
        Assert.Equal(["b-3"], Names(second, "contents"));
        var first = await s.CallAsync("backup", "ListBackups", query: [("size", "2"), ("sort", "name:asc")]);
        Assert.Equal(["b-1", "b-2"], Names(first, "contents"));
    }

    [Fact]
    public async Task Records_AreScopedPerAccount_OtherAccountsSeeNothing()
    {
        await using var s = await WithVolumesAsync(("vol_a", "HDD"));
        var settings = new Scp.Sdk.Configuration.ScpSettings
        {
            AccessKey = ScpEmulatorDefaults.AccessKey, SecretKey = ScpEmulatorDefaults.SecretKey, AccountId = "another-account", EndpointOverride = s.Host.BaseUrl,
        };
        using var other = Scp.Sdk.Transport.ScpHttpInvoker.Create(settings, new Scp.Sdk.Transport.ScpResilienceOptions { MaxRetryAttempts = 0, TotalTimeout = null, AttemptTimeout = null }, s.Clock);
        var response = await EmulatorSession.Send(other, "filestorage", "ListVolumes");
        Assert.Equal(0, JsonNode.Parse(response.Body.Span)!["count"]!.GetValue<int>());
    }
}
