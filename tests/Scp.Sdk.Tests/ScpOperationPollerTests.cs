using System.Text;
using Scp.Sdk.Errors;
using Scp.Sdk.Polling;
using Scp.Sdk.Tests.Support;

namespace Scp.Sdk.Tests;

public class ScpOperationPollerTests
{
    /// <summary>Answers each GET with the next state of the script; "404" answers Not Found.</summary>
    private static Func<CancellationToken, Task<ReadOnlyMemory<byte>>> Script(List<TimeSpan> calledAt, TimeProvider clock, string json, params string[] states)
    {
        var start = clock.GetUtcNow();
        return _ =>
        {
            calledAt.Add(clock.GetUtcNow() - start);
            var state = states[Math.Min(calledAt.Count - 1, states.Length - 1)];
            if (state == "404")
            {
                throw new ScpApiException(ScpErrorParser.Parse(404, "Not Found", []));
            }

            return Task.FromResult<ReadOnlyMemory<byte>>(Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, json, state)));
        };
    }

    [Fact]
    public async Task PollAsync_DefaultTiming_FirstCheckAfterTwoSecondsThenEveryThree()
    {
        var clock = new SteppingTimeProvider();
        var calls = new List<TimeSpan>();
        var progress = new List<ScpPollProgress>();

        var result = await clock.RunAsync(ScpOperationPoller.PollAsync(
            Script(calls, clock, """{{"id":"v1","state":"{0}"}}""", "CREATING", "creating", "AVAILABLE"),
            progress: new SynchronousProgress(progress.Add), timeProvider: clock));

        Assert.Equal((ScpPollOutcome.Settled, "AVAILABLE", 3), (result.Outcome, result.State, result.Checks));
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(8)], calls);
        Assert.Equal(["CREATING", "creating", "AVAILABLE"], progress.Select(p => p.State));
        Assert.Contains("AVAILABLE", Encoding.UTF8.GetString(result.Body.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAsync_DeleteAnswers404_Gone()
    {
        var clock = new SteppingTimeProvider();
        var calls = new List<TimeSpan>();

        var result = await clock.RunAsync(ScpOperationPoller.PollAsync(
            Script(calls, clock, """{{"state":"{0}"}}""", "DELETING", "DELETING", "404"),
            new ScpPollingOptions { NotFoundMeansDone = true }, clock));

        Assert.Equal((ScpPollOutcome.Gone, 3), (result.Outcome, result.Checks));
    }

    [Fact]
    public async Task PollAsync_NotWaitingForDelete_404Propagates()
    {
        var clock = new SteppingTimeProvider();

        var ex = await Assert.ThrowsAsync<ScpApiException>(() => clock.RunAsync(ScpOperationPoller.PollAsync(
            Script([], clock, """{{"state":"{0}"}}""", "404"), timeProvider: clock)));

        Assert.Equal(404, ex.StatusCode);
    }

    [Fact]
    public async Task PollAsync_StillTransitionalAtTimeout_TimedOutWithLastState()
    {
        var clock = new SteppingTimeProvider();
        var calls = new List<TimeSpan>();

        var result = await clock.RunAsync(ScpOperationPoller.PollAsync(
            Script(calls, clock, """{{"state":"{0}"}}""", "CREATING"),
            new ScpPollingOptions { Timeout = TimeSpan.FromSeconds(10) }, clock));

        Assert.Equal((ScpPollOutcome.TimedOut, "CREATING"), (result.Outcome, result.State));
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10)], calls);
    }

    [Fact]
    public async Task PollAsync_FailureState_Failed()
    {
        var clock = new SteppingTimeProvider();

        var result = await clock.RunAsync(ScpOperationPoller.PollAsync(
            Script([], clock, """{{"state":"{0}"}}""", "CREATING", "ERROR"), timeProvider: clock));

        Assert.Equal((ScpPollOutcome.Failed, "ERROR"), (result.Outcome, result.State));
    }

    [Fact]
    public async Task PollAsync_CustomStatePathAndStates_UsesThem()
    {
        var clock = new SteppingTimeProvider();
        var options = new ScpPollingOptions
        {
            StateProperty = "job.phase",
            TransitionalStates = new HashSet<string>(["QUEUED", "RUNNING"], StringComparer.OrdinalIgnoreCase),
            InitialDelay = TimeSpan.FromMilliseconds(1),
            Interval = TimeSpan.FromMilliseconds(1),
        };

        var result = await clock.RunAsync(ScpOperationPoller.PollAsync(
            Script([], clock, """{{"state":"CREATING","job":{{"phase":"{0}"}}}}""", "QUEUED", "RUNNING", "DONE"), options, clock));

        Assert.Equal((ScpPollOutcome.Settled, "DONE", 3), (result.Outcome, result.State, result.Checks));
    }

    [Fact]
    public async Task PollAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var clock = new SteppingTimeProvider();
        var calls = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => clock.RunAsync(ScpOperationPoller.PollAsync(
            _ =>
            {
                if (++calls == 2)
                {
                    cts.Cancel();
                }

                return Task.FromResult<ReadOnlyMemory<byte>>("""{"state":"CREATING"}"""u8.ToArray());
            },
            timeProvider: clock, cancellationToken: cts.Token)));
        Assert.Equal(2, calls);
    }

    [Theory]
    [InlineData("""{"cloud_ml_id":"c","previous_state":"X","cloud_ml_state":"DEPLOYING"}""", "DEPLOYING")]
    [InlineData("""{"status":"RUNNING"}""", "RUNNING")]
    [InlineData("""{"id":"x"}""", null)]
    public void ReadState_NoPathGiven_FindsStateProperty(string json, string? expected)
    {
        Assert.Equal(expected, ScpOperationPoller.ReadState(Encoding.UTF8.GetBytes(json), null));
    }

    [Theory]
    [InlineData("""{"request_id":"r","resource_id":"res-1"}""", "res-1")]
    [InlineData("""{"request_id":"r","resource":{"id":"res-2"}}""", "res-2")]
    [InlineData("""{"request_id":"r"}""", null)]
    [InlineData("not json", null)]
    public void FindResourceId_AcceptedBodies_BothShapes(string json, string? expected)
    {
        Assert.Equal(expected, ScpOperationPoller.FindResourceId(Encoding.UTF8.GetBytes(json)));
    }

    private sealed class SynchronousProgress(Action<ScpPollProgress> report) : IProgress<ScpPollProgress>
    {
        public void Report(ScpPollProgress value) => report(value);
    }
}
