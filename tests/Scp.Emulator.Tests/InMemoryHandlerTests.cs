using System.Text.Json.Nodes;
using Scp.Sdk.Configuration;
using Scp.Sdk.Errors;
using Scp.Sdk.Invocation;
using Scp.Sdk.Transport;

namespace Scp.Emulator.Tests;

/// <summary>
/// <see cref="ScpEmulatorHandler"/> (the emulator inside the caller's process, what <c>scp-mcp --emulator</c> uses) answers
/// as the emulator over Kestrel does: same signature check, routing, validation, state and faults.
/// </summary>
public sealed class InMemoryHandlerTests
{
    private static ScpEmulatorOptions Options(Action<ScpEmulatorOptions>? configure = null)
    {
        var options = new ScpEmulatorOptions { Operations = FixtureCatalog.Operations, AsyncDelay = TimeSpan.FromSeconds(2) };
        configure?.Invoke(options);
        return options;
    }

    private static ScpHttpInvoker InMemory(ScpEmulatorOptions options, string secretKey = ScpEmulatorDefaults.SecretKey) => ScpHttpInvoker.Create(
        new ScpSettings { AccessKey = ScpEmulatorDefaults.AccessKey, SecretKey = secretKey, EndpointOverride = ScpEmulatorHandler.BaseUrl },
        new ScpResilienceOptions { MaxRetryAttempts = 0, TotalTimeout = null, AttemptTimeout = null },
        primaryHandler: new ScpEmulatorHandler(options));

    /// <summary>What a caller sees of one call: the status, and the SCP error code and detail or the answer's shape.</summary>
    private static async Task<string> SeenAsync(IScpOperationInvoker invoker, string product, string operationId, object? body = null,
        (string, string)[]? path = null, (string, string)[]? query = null)
    {
        try
        {
            var response = await EmulatorSession.Send(invoker, product, operationId, body, path, query);
            var node = response.Body.Length == 0 ? null : JsonNode.Parse(response.Body.Span);
            return $"{response.StatusCode} {Shape(node)}";
        }
        catch (ScpApiException ex)
        {
            return $"{ex.StatusCode} {ex.ErrorCode}: {ex.Detail}";
        }
    }

    private static string Shape(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.Select(p => p.Key + ":" + Shape(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Shape)) + "]",
        null => "null",
        _ => node.GetValueKind().ToString(),
    };

    private static async Task<List<string>> ScenarioAsync(IScpOperationInvoker invoker, IScpOperationInvoker wrongSecret) =>
    [
        await SeenAsync(invoker, "filestorage", "ListVolumes", query: [("name", "볼륨 한글 & more"), ("type_name", "a+b=c")]),
        await SeenAsync(invoker, "filestorage", "CreateVolume", JsonNode.Parse("""{"name":"vol_a","protocol":"NFS","type_name":"HDD"}""")),
        await SeenAsync(invoker, "filestorage", "CreateVolume", JsonNode.Parse("""{"name":"vol_b"}""")),
        await SeenAsync(invoker, "filestorage", "ListVolumes"),
        await SeenAsync(invoker, "archivestorage", "ShowBucket", path: [("bucket_id", "no such bucket")]),
        await SeenAsync(wrongSecret, "filestorage", "ListVolumes"),
    ];

    [Fact]
    public async Task SameCalls_InMemoryAndOverKestrel_AnswerAlike()
    {
        await using var host = await ScpEmulatorHost.StartAsync(Options());
        using var overKestrel = EmulatorSession.CreateInvoker(host, TimeProvider.System, ScpEmulatorDefaults.AccessKey, ScpEmulatorDefaults.SecretKey);
        using var overKestrelWrong = EmulatorSession.CreateInvoker(host, TimeProvider.System, ScpEmulatorDefaults.AccessKey, "not-the-secret");
        var options = Options();
        using var inMemory = InMemory(options);
        using var inMemoryWrong = InMemory(options, "not-the-secret");

        // The 401's detail names the URL that was signed: the same but for the address.
        var expected = (await ScenarioAsync(overKestrel, overKestrelWrong)).Select(s => s.Replace(host.BaseUrl.Authority, "<emulator>", StringComparison.Ordinal));
        var actual = (await ScenarioAsync(inMemory, inMemoryWrong)).Select(s => s.Replace(ScpEmulatorHandler.BaseUrl.Authority, "<emulator>", StringComparison.Ordinal)).ToList();

        Assert.Equal(expected, actual);
        Assert.StartsWith("2", actual[1], StringComparison.Ordinal); // created
        Assert.StartsWith("400 ", actual[2], StringComparison.Ordinal); // validated against the spec
        Assert.NotEqual(actual[0], actual[3]); // the list now holds the volume: state kept between calls
        Assert.StartsWith("404 ", actual[4], StringComparison.Ordinal);
        Assert.StartsWith("401 Unauthorized: Signature does not match", actual[5], StringComparison.Ordinal);
        Assert.Contains("<emulator>", actual[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DropConnectionFault_InMemory_FailsLikeADroppedConnection()
    {
        using var invoker = InMemory(Options(o => o.Faults.Add(new ScpEmulatorFaultRule { OperationId = "ShowBucket", DropConnectionRate = 1 })));

        await Assert.ThrowsAsync<HttpRequestException>(() => EmulatorSession.Send(invoker, "archivestorage", "ShowBucket", path: [("bucket_id", "x")]));
        Assert.Equal(200, (await EmulatorSession.Send(invoker, "archivestorage", "ListBuckets")).StatusCode);
    }
}
