using System.Text.Json.Nodes;
using Scp.Sdk.Errors;

namespace Scp.Emulator.Tests;

public sealed class HostingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("scp-emulator-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task FileStore_RecordsSurviveARestart()
    {
        var store = Path.Combine(_directory, "state.json");
        string id;
        await using (var first = await EmulatorSession.StartAsync(o => o.StoreFilePath = store))
        {
            id = (await first.CallAsync("archivestorage", "CreateBucket", JsonNode.Parse("""{"name":"kept"}""")))!["id"]!.GetValue<string>();
        }

        await using var second = await EmulatorSession.StartAsync(o => o.StoreFilePath = store);
        Assert.Equal("kept", (await second.CallAsync("archivestorage", "ShowBucket", path: [("bucket_id", id)]))!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task FileStore_NeverHoldsSecretFields_EvenNested()
    {
        var store = Path.Combine(_directory, "secrets.json");
        await using (var s = await EmulatorSession.StartAsync(o => o.StoreFilePath = store))
        {
            await s.CallAsync("aimlops-platform", "CreateAiMlOpsPlatform", JsonNode.Parse("""{"ai_ml_ops_platform_create_request":{"ai_ml_ops_platform_type":"Enterprise","image_id":"i","release_name":"r1","initial_user_password":"Pa55-word-1"}}"""));
            await s.CallAsync("cloud-ml", "CreateCloudMl", JsonNode.Parse("""{"cloud_ml_name":"c1","cluster_id":"c","custom_registry_access_secret_key":"registry-secret-2","domain_name":"d"}"""));
        }

        var text = await File.ReadAllTextAsync(store);
        Assert.Contains("r1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pa55-word-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("registry-secret-2", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InMemoryStore_StartsEmptyEachTime()
    {
        await using (var first = await EmulatorSession.StartAsync())
        {
            await first.CallAsync("archivestorage", "CreateBucket", JsonNode.Parse("""{"name":"gone"}"""));
        }

        await using var second = await EmulatorSession.StartAsync();
        Assert.Empty((await second.CallAsync("archivestorage", "ListBuckets"))!["buckets"]!.AsArray());
    }

    [Fact]
    public async Task StartAsync_PortZero_ReportsBoundLoopbackUrlAndDefaultKeys()
    {
        await using var s = await EmulatorSession.StartAsync();
        Assert.Equal("127.0.0.1", s.Host.BaseUrl.Host);
        Assert.NotEqual(0, s.Host.BaseUrl.Port);
        Assert.Equal("SCPEMULATORACCESSKEY0", s.Host.DefaultKeyPair.AccessKey);
        var banner = s.Host.Describe();
        Assert.Contains("NOT Samsung Cloud Platform", banner, StringComparison.Ordinal);
        Assert.Contains("scp-emulator-secret-key-not-for-production", banner, StringComparison.Ordinal);
        Assert.Contains("filestorage 1.1", banner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describe_ConfiguredSecret_IsNeverShown()
    {
        await using var s = await EmulatorSession.StartAsync(o => o.KeyPairs.Add(new ScpEmulatorKeyPair("AK1", "very-private-secret")));
        Assert.DoesNotContain("very-private-secret", s.Host.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("very-private-secret", s.Host.DefaultKeyPair.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigFile_KeysFaultsAndDelay_AreApplied()
    {
        var path = Path.Combine(_directory, "emulator.json");
        await File.WriteAllTextAsync(path, """
            { "asyncDelayMs": 0, "keys": [ { "accessKey": "AK2", "secretKey": "SK2" } ],
              "faults": [ { "product": "backup", "serverErrorRate": 1 } ] }
            """);
        var options = new ScpEmulatorOptions();
        ScpEmulatorConfigFile.Apply(path, options);
        Assert.Equal(TimeSpan.Zero, options.AsyncDelay);
        Assert.Equal("AK2", Assert.Single(options.KeyPairs).AccessKey);
        Assert.Equal(1, Assert.Single(options.Faults).ServerErrorRate);

        await using var s = await EmulatorSession.StartAsync(o =>
        {
            o.KeyPairs.Add(options.KeyPairs[0]);
            o.Faults.Add(options.Faults[0]);
        });
        using var invoker = EmulatorSession.CreateInvoker(s.Host, s.Clock, "AK2", "SK2");
        Assert.Equal(503, (await Assert.ThrowsAsync<ScpApiException>(() => EmulatorSession.Send(invoker, "backup", "ListBackups"))).StatusCode);
    }

    [Fact]
    public async Task ConfigFile_RateOutOfRange_NamesFileAndField()
    {
        var path = Path.Combine(_directory, "bad.json");
        await File.WriteAllTextAsync(path, """{ "faults": [ { "tooManyRequestsRate": 5 } ] }""");
        var ex = Assert.Throws<InvalidDataException>(() => ScpEmulatorConfigFile.Apply(path, new ScpEmulatorOptions()));
        Assert.Contains("bad.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("faults[0].tooManyRequestsRate must be between 0 and 1", ex.Message.Replace("'", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
