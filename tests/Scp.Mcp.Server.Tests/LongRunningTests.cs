using ModelContextProtocol;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Catalog;
using Scp.Sdk.Errors;

namespace Scp.Mcp.Server.Tests;

public sealed class LongRunningTests
{
    private const string CreateArgs = """{"body":{"name":"data_vol","protocol":"NFS","type_name":"HDD"}}""";
    // File Storage's real 202 answer names the new volume volume_id (not resource_id or id).
    private const string Accepted = """{"protocol":"NFS","type_name":"HDD","volume_id":"0123456789abcdef0123456789abcdef","volume_name":"data_vol"}""";

    private static ScpServerOptions NoDelays(TimeSpan timeout) => new()
    {
        LongRunningFirstDelay = TimeSpan.Zero,
        LongRunningInterval = TimeSpan.Zero,
        LongRunningTimeout = timeout,
    };

    [Fact]
    public async Task CreateVolume_202NamingVolumeId_PollsThatVolumesGetUntilSettledAndReportsProgress()
    {
        await using var server = await McpTestServer.StartAsync(NoDelays(TimeSpan.FromSeconds(60)), time: new ManualTimeProvider(), operations: ScpCatalog.Operations);
        server.Invoker.AnswerJson("file_create_volume", 202, Accepted);
        server.Invoker.AnswerJson("file_get_volume", 200,
            """{"id":"0123456789abcdef0123456789abcdef","name":"data_vol","state":"CREATING"}""",
            """{"id":"0123456789abcdef0123456789abcdef","name":"data_vol","state":"CREATING"}""",
            """{"id":"0123456789abcdef0123456789abcdef","name":"data_vol","state":"AVAILABLE"}""");
        var progress = new Recorder();

        var result = await server.CallAsync("file_create_volume", CreateArgs, progress);

        Assert.False(result.IsError);
        var polls = server.Invoker.RequestsFor("file_get_volume");
        Assert.Equal(3, polls.Count);
        Assert.All(polls, p => Assert.Equal("0123456789abcdef0123456789abcdef", p.PathValues["volume_id"]));
        Assert.Empty(server.Invoker.RequestsFor("file_list_volumes"));
        Assert.Equal("data_vol", result.StructuredContent!.Value.GetProperty("volume_name").GetString());
        Assert.Contains("\"phase\":\"settled\"", result.Text(), StringComparison.Ordinal);
        Assert.Contains("AVAILABLE", result.Text(), StringComparison.Ordinal);
        await WaitForAsync(() => server.ProgressMessages.Count >= 3, () => $"progress notifications: {server.ProgressMessages.Count}");
        Assert.Equal(2, server.ProgressMessages.Count(m => m.StartsWith("State CREATING", StringComparison.Ordinal)));
        Assert.Contains(server.ProgressMessages, m => m.StartsWith("State AVAILABLE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accepted202_NeverSettles_ReturnsHandleWithStatusToolAfterTimeout()
    {
        var clock = new ManualTimeProvider();
        await using var server = await McpTestServer.StartAsync(NoDelays(TimeSpan.FromSeconds(60)), time: clock, operations: ScpCatalog.Operations);
        server.Invoker.OnSend = _ => clock.Advance(TimeSpan.FromSeconds(30));
        server.Invoker.AnswerJson("file_create_volume", 202, Accepted);
        server.Invoker.AnswerJson("file_get_volume", 200, """{"id":"0123456789abcdef0123456789abcdef","name":"data_vol","state":"CREATING"}""");

        var result = await server.CallAsync("file_create_volume", CreateArgs);

        Assert.False(result.IsError);
        Assert.Contains("\"phase\":\"in_progress\"", result.Text(), StringComparison.Ordinal);
        Assert.Contains("\"status_tool\":\"file_get_volume\"", result.Text(), StringComparison.Ordinal);
        Assert.Contains("\"volume_id\":\"0123456789abcdef0123456789abcdef\"", result.Text(), StringComparison.Ordinal);
        Assert.Equal(2, server.Invoker.RequestsFor("file_get_volume").Count);
    }

    [Fact]
    public async Task CreateVolume_AnswerWithoutVolumeId_ReturnsAcceptedWithoutPolling()
    {
        await using var server = await McpTestServer.StartAsync(NoDelays(TimeSpan.FromSeconds(60)), time: new ManualTimeProvider(), operations: ScpCatalog.Operations);
        server.Invoker.AnswerJson("file_create_volume", 202, """{"protocol":"NFS","type_name":"HDD","volume_name":"data_vol"}""");

        var result = await server.CallAsync("file_create_volume", CreateArgs);

        Assert.False(result.IsError);
        Assert.Contains("\"phase\":\"accepted\"", result.Text(), StringComparison.Ordinal);
        Assert.Contains("volume_id", result.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.RequestsFor("file_get_volume"));
    }

    [Fact]
    public async Task DeleteVolume_202_WaitsUntilTheVolumesGetAnswers404()
    {
        var settings = new ScpServerOptions
        {
            Confirm = ConfirmPolicy.Never,
            LongRunningFirstDelay = TimeSpan.Zero,
            LongRunningInterval = TimeSpan.Zero,
            LongRunningTimeout = TimeSpan.FromSeconds(60),
        };
        await using var server = await McpTestServer.StartAsync(settings, time: new ManualTimeProvider(), operations: ScpCatalog.Operations);
        server.Invoker.AnswerJson("file_delete_volume", 202, "");
        server.Invoker.Answer(
            "file_get_volume",
            _ => RecordingInvoker.Json(200, """{"id":"v-1","name":"data_vol","state":"deleting"}"""),
            _ => throw new ScpApiException(ScpErrorParser.Parse(404, null, """{"errors":[{"status":404,"title":"Not Found"}]}"""u8.ToArray(), "req-2")));

        var result = await server.CallAsync("file_delete_volume", """{"volume_id":"v-1"}""");

        Assert.False(result.IsError);
        Assert.Contains("no longer exists", result.Text(), StringComparison.Ordinal);
        var polls = server.Invoker.RequestsFor("file_get_volume");
        Assert.Equal(2, polls.Count);
        Assert.All(polls, p => Assert.Equal("v-1", p.PathValues["volume_id"]));
    }

    private static async Task WaitForAsync(Func<bool> condition, Func<string> describe)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Yield();
            await Task.Delay(5);
        }

        Assert.True(condition(), describe());
    }

    private sealed class Recorder : IProgress<ProgressNotificationValue>
    {
        private readonly Lock _gate = new();
        private readonly List<ProgressNotificationValue> _values = [];

        public List<ProgressNotificationValue> Values
        {
            get
            {
                lock (_gate)
                {
                    return _values.ToList();
                }
            }
        }

        public void Report(ProgressNotificationValue value)
        {
            lock (_gate)
            {
                _values.Add(value);
            }
        }
    }
}
