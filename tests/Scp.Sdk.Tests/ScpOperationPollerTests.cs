using System.Text;
using Scp.Sdk.Catalog;
using Scp.Sdk.Errors;
using Scp.Sdk.Invocation;
using Scp.Sdk.Polling;
using Scp.Sdk.Tests.Support;

namespace Scp.Sdk.Tests;

public class ScpOperationPollerTests
{
    private static readonly ScpOperationDescriptor ShowVolume = TestOperations.Operation("GET", "/v1/volumes/{volume_id}", parameters: ("volume_id", ScpParameterLocation.Path));

    private static ScpOperationLifecycle Lifecycle(string? statePath = "state", bool notFoundMeansDone = false, string[]? transitional = null, params ScpLifecycleArgument[] arguments) => new()
    {
        StatusOperation = ShowVolume,
        Arguments = arguments,
        StatePath = statePath,
        TransitionalStates = transitional ?? ["CREATING", "DELETING"],
        FailureStates = ["ERROR", "ERROR_DELETING"],
        NotFoundMeansDone = notFoundMeansDone,
    };

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
            Script(calls, clock, """{{"id":"v1","state":"{0}"}}""", "CREATING", "creating", "AVAILABLE"), Lifecycle(),
            timeProvider: clock, onProgress: (step, _) => { progress.Add(step); return ValueTask.CompletedTask; }));

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
            Script(calls, clock, """{{"state":"{0}"}}""", "DELETING", "DELETING", "404"), Lifecycle(notFoundMeansDone: true), timeProvider: clock));

        Assert.Equal((ScpPollOutcome.Gone, 3), (result.Outcome, result.Checks));
    }

    [Fact]
    public async Task PollAsync_DeleteStillShowsSettledState_KeepsWaitingForThe404()
    {
        var clock = new SteppingTimeProvider();

        var result = await clock.RunAsync(ScpOperationPoller.PollAsync(
            Script([], clock, """{{"state":"{0}"}}""", "AVAILABLE", "DELETING", "404"), Lifecycle(notFoundMeansDone: true), timeProvider: clock));

        Assert.Equal((ScpPollOutcome.Gone, 3), (result.Outcome, result.Checks));
    }

    [Fact]
    public async Task PollAsync_CreateNotVisibleYet_KeepsPollingUntilSettled()
    {
        var clock = new SteppingTimeProvider();
        var progress = new List<ScpPollProgress>();

        var result = await clock.RunAsync(ScpOperationPoller.PollAsync(
            Script([], clock, """{{"state":"{0}"}}""", "404", "CREATING", "AVAILABLE"), Lifecycle(),
            timeProvider: clock, onProgress: (step, _) => { progress.Add(step); return ValueTask.CompletedTask; }));

        Assert.Equal((ScpPollOutcome.Settled, "AVAILABLE", 3), (result.Outcome, result.State, result.Checks));
        Assert.True(progress[0].NotFound);
        Assert.False(progress[1].NotFound);
    }

    [Fact]
    public async Task PollAsync_StillTransitionalAtTimeout_TimedOutWithLastState()
    {
        var clock = new SteppingTimeProvider();
        var calls = new List<TimeSpan>();

        var result = await clock.RunAsync(ScpOperationPoller.PollAsync(
            Script(calls, clock, """{{"state":"{0}"}}""", "CREATING"), Lifecycle(),
            new ScpPollingOptions { Timeout = TimeSpan.FromSeconds(10) }, clock));

        Assert.Equal((ScpPollOutcome.TimedOut, "CREATING"), (result.Outcome, result.State));
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10)], calls);
    }

    [Fact]
    public async Task PollAsync_FailureState_Failed()
    {
        var clock = new SteppingTimeProvider();

        var result = await clock.RunAsync(ScpOperationPoller.PollAsync(
            Script([], clock, """{{"state":"{0}"}}""", "CREATING", "error_deleting"), Lifecycle(), timeProvider: clock));

        Assert.Equal((ScpPollOutcome.Failed, "error_deleting"), (result.Outcome, result.State));
    }

    [Fact]
    public async Task PollAsync_LifecycleStatePathAndStates_UsesThem()
    {
        var clock = new SteppingTimeProvider();
        var options = new ScpPollingOptions { InitialDelay = TimeSpan.FromMilliseconds(1), Interval = TimeSpan.FromMilliseconds(1) };

        var result = await clock.RunAsync(ScpOperationPoller.PollAsync(
            Script([], clock, """{{"state":"CREATING","result":{{"phase":"{0}"}}}}""", "QUEUED", "DEPLOYING", "DONE"),
            Lifecycle("result.phase", transitional: ["QUEUED", "DEPLOYING"]), options, clock));

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
            Lifecycle(), timeProvider: clock, cancellationToken: cts.Token)));
        Assert.Equal(2, calls);
    }

    [Theory]
    [InlineData("""{"request_id":"r","volume_id":"v-1"}""", "volume_id", "v-1")]
    [InlineData("""{"request_id":"r","resource":{"id":"res-2"}}""", "resource.id", "res-2")]
    [InlineData("""{"request_id":"r"}""", "resource_id", null)]
    [InlineData("not json", "resource_id", null)]
    public void CreateStatusRequest_IdFromTheAnswerFieldTheLifecycleNames(string answer, string idPath, string? expected)
    {
        var create = WithLifecycle(TestOperations.Operation("POST", "/v1/volumes"), Lifecycle(arguments: [new ScpLifecycleArgument { Name = "volume_id", FromAnswer = true, Path = idPath }]));

        var request = ScpOperationPoller.CreateStatusRequest(create, new ScpOperationRequest { Operation = create }, Encoding.UTF8.GetBytes(answer));

        Assert.Equal(expected, request?.PathValues["volume_id"]);
        Assert.True(request is null || ReferenceEquals(ShowVolume, request.Operation));
    }

    [Fact]
    public void CreateStatusRequest_ItemOperation_UsesTheCallsOwnPathValue()
    {
        var delete = WithLifecycle(TestOperations.Operation("DELETE", "/v1/volumes/{volume_id}", parameters: ("volume_id", ScpParameterLocation.Path)),
            Lifecycle(notFoundMeansDone: true, arguments: [new ScpLifecycleArgument { Name = "volume_id", FromAnswer = false, Path = "volume_id" }]));
        var call = new ScpOperationRequest { Operation = delete };
        call.PathValues["volume_id"] = "v-9";

        var request = ScpOperationPoller.CreateStatusRequest(delete, call, default);

        Assert.Equal("v-9", request!.PathValues["volume_id"]);
    }

    [Fact]
    public void CreateStatusRequest_NoLifecycle_Null()
    {
        var set = TestOperations.Operation("PUT", "/v1/volumes/{volume_id}/qos", parameters: ("volume_id", ScpParameterLocation.Path));

        Assert.Null(ScpOperationPoller.CreateStatusRequest(set, new ScpOperationRequest { Operation = set }, "{}"u8));
    }

    [Theory]
    [InlineData("""{"result":{"previous_state":"CREATING","state":"AVAILABLE"}}""", "result.state", "AVAILABLE")]
    [InlineData("""{"state":{"code":1}}""", "state", null)]
    [InlineData("""{"state":"AVAILABLE"}""", null, null)]
    public void ReadState_DottedPath_ReadsOnlyThatString(string json, string? path, string? expected)
    {
        Assert.Equal(expected, ScpOperationPoller.ReadState(Encoding.UTF8.GetBytes(json), path));
    }

    private static ScpOperationDescriptor WithLifecycle(ScpOperationDescriptor operation, ScpOperationLifecycle lifecycle) => new()
    {
        Api = operation.Api,
        OperationId = operation.OperationId,
        ToolName = operation.ToolName,
        Title = operation.Title,
        Summary = operation.Summary,
        Description = operation.Description,
        Method = operation.Method,
        PathTemplate = operation.PathTemplate,
        Parameters = operation.Parameters,
        Responses = operation.Responses,
        SuccessStatusCode = operation.SuccessStatusCode,
        Safety = operation.Safety,
        IsCurrent = operation.IsCurrent,
        Deprecated = operation.Deprecated,
        Lifecycle = lifecycle,
    };
}
