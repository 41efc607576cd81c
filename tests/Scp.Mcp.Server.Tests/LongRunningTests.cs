using ModelContextProtocol;
using Scp.Mcp.Server.Tests.Fixtures;

namespace Scp.Mcp.Server.Tests;

public sealed class LongRunningTests
{
    private const string CreateArgs = """{"body":{"name":"data_vol","protocol":"NFS"}}""";
    private const string Accepted = """{"request_id":"r-1","resource_id":"0123456789abcdef0123456789abcdef"}""";

    private static ScpServerOptions NoDelays(TimeSpan timeout) => new()
    {
        LongRunningFirstDelay = TimeSpan.Zero,
        LongRunningInterval = TimeSpan.Zero,
        LongRunningTimeout = timeout,
    };

    [Fact]
    public async Task Accepted202_WithProgressToken_PollsResourceUntilSettledAndReportsProgress()
    {
        await using var server = await McpTestServer.StartAsync(NoDelays(TimeSpan.FromSeconds(60)), time: new ManualTimeProvider());
        server.Invoker.AnswerJson("file_create_volume", 202, Accepted);
        server.Invoker.AnswerJson("file_show_volume", 200,
            """{"id":"0123456789abcdef0123456789abcdef","name":"data_vol","state":"CREATING"}""",
            """{"id":"0123456789abcdef0123456789abcdef","name":"data_vol","state":"CREATING"}""",
            """{"id":"0123456789abcdef0123456789abcdef","name":"data_vol","state":"AVAILABLE"}""");
        var progress = new Recorder();

        var result = await server.CallAsync("file_create_volume", CreateArgs, progress);

        Assert.False(result.IsError);
        var polls = server.Invoker.RequestsFor("file_show_volume");
        Assert.Equal(3, polls.Count);
        Assert.All(polls, p => Assert.Equal("0123456789abcdef0123456789abcdef", p.PathValues["volume_id"]));
        Assert.Equal("r-1", result.StructuredContent!.Value.GetProperty("request_id").GetString());
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
        await using var server = await McpTestServer.StartAsync(NoDelays(TimeSpan.FromSeconds(60)), time: clock);
        server.Invoker.OnSend = _ => clock.Advance(TimeSpan.FromSeconds(30));
        server.Invoker.AnswerJson("file_create_volume", 202, Accepted);
        server.Invoker.AnswerJson("file_show_volume", 200, """{"id":"0123456789abcdef0123456789abcdef","name":"data_vol","state":"CREATING"}""");

        var result = await server.CallAsync("file_create_volume", CreateArgs);

        Assert.False(result.IsError);
        Assert.Contains("\"phase\":\"in_progress\"", result.Text(), StringComparison.Ordinal);
        Assert.Contains("\"status_tool\":\"file_show_volume\"", result.Text(), StringComparison.Ordinal);
        Assert.Contains("\"volume_id\":\"0123456789abcdef0123456789abcdef\"", result.Text(), StringComparison.Ordinal);
        Assert.Equal(2, server.Invoker.RequestsFor("file_show_volume").Count);
    }

    [Theory]
    [InlineData("CREATING", true)]
    [InlineData("deleting", true)]
    [InlineData("PENDING", true)]
    [InlineData("AVAILABLE", false)]
    [InlineData("RUNNING", false)]
    [InlineData("ERROR", false)]
    public void IsTransitional_State_ClassifiesSettling(string state, bool transitional)
    {
        Assert.Equal(transitional, Scp.Mcp.Server.Tools.LongRunningWaiter.IsTransitional(state));
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
