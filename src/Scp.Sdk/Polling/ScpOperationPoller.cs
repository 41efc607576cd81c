using System.Text.Json;
using Scp.Sdk.Catalog;
using Scp.Sdk.Errors;
using Scp.Sdk.Invocation;

namespace Scp.Sdk.Polling;

/// <summary>
/// Waits for the resource an operation's answer left in a transitional state, driven by the operation's
/// <see cref="ScpOperationLifecycle"/> (computed by the generator from the spec): reads the resource's GET until its state
/// leaves the transitional states, or, for a delete, until the GET answers 404. The only poller of the codebase.
/// </summary>
public static class ScpOperationPoller
{
    /// <summary>
    /// The status GET for <paramref name="call"/> answered by <paramref name="answer"/>: its path parameters from the call's
    /// own path values and the answer's id field, as the lifecycle says. Null when the operation has no lifecycle or the
    /// answer lacks a value the GET needs.
    /// </summary>
    public static ScpOperationRequest? CreateStatusRequest(ScpOperationDescriptor operation, ScpOperationRequest call, ReadOnlySpan<byte> answer)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(call);
        if (operation.Lifecycle is not { } lifecycle)
        {
            return null;
        }

        using var document = Parse(answer);
        var request = new ScpOperationRequest { Operation = lifecycle.StatusOperation };
        foreach (var argument in lifecycle.Arguments)
        {
            var value = argument.FromAnswer
                ? (document is null ? null : ReadString(document.RootElement, argument.Path))
                : call.PathValues.TryGetValue(argument.Path, out var own) ? own : null;
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            request.PathValues[argument.Name] = value;
        }

        return request;
    }

    /// <summary>Polls <paramref name="statusRequest"/> sent through <paramref name="invoker"/>, as <paramref name="lifecycle"/> says.</summary>
    public static Task<ScpPollResult> PollAsync(
        IScpOperationInvoker invoker,
        ScpOperationRequest statusRequest,
        ScpOperationLifecycle lifecycle,
        ScpPollingOptions? options = null,
        TimeProvider? timeProvider = null,
        Func<ScpPollProgress, CancellationToken, ValueTask>? onProgress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        ArgumentNullException.ThrowIfNull(statusRequest);
        return PollAsync(
            async ct => (await invoker.SendAsync(statusRequest, ct).ConfigureAwait(false)).Body,
            lifecycle, options, timeProvider, onProgress, cancellationToken);
    }

    /// <summary>
    /// Polls with <paramref name="getResource"/>, which returns the resource's JSON or throws <see cref="ScpApiException"/>.
    /// A 404 ends a delete (<see cref="ScpPollOutcome.Gone"/>); otherwise it means "not visible yet" and polling goes on.
    /// Each check is reported to <paramref name="onProgress"/>.
    /// </summary>
    public static async Task<ScpPollResult> PollAsync(
        Func<CancellationToken, Task<ReadOnlyMemory<byte>>> getResource,
        ScpOperationLifecycle lifecycle,
        ScpPollingOptions? options = null,
        TimeProvider? timeProvider = null,
        Func<ScpPollProgress, CancellationToken, ValueTask>? onProgress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(getResource);
        ArgumentNullException.ThrowIfNull(lifecycle);
        options ??= new ScpPollingOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.InitialDelay, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Interval, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero, nameof(options));
        var clock = timeProvider ?? TimeProvider.System;
        var started = clock.GetTimestamp();
        var delay = options.InitialDelay;
        var checks = 0;
        string? state = null;
        ReadOnlyMemory<byte> body = default;
        while (true)
        {
            var remaining = options.Timeout - clock.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                return Result(ScpPollOutcome.TimedOut);
            }

            await Task.Delay(delay < remaining ? delay : remaining, clock, cancellationToken).ConfigureAwait(false);
            delay = options.Interval;
            checks++;
            try
            {
                body = await getResource(cancellationToken).ConfigureAwait(false);
            }
            catch (ScpApiException ex) when (ex.StatusCode == 404)
            {
                state = null;
                body = default;
                var gone = lifecycle.NotFoundMeansDone;
                await Report(new ScpPollProgress(checks, null, clock.GetElapsedTime(started)) { NotFound = true }).ConfigureAwait(false);
                if (gone)
                {
                    return Result(ScpPollOutcome.Gone);
                }

                continue;
            }

            state = ReadState(body.Span, lifecycle.StatePath);
            await Report(new ScpPollProgress(checks, state, clock.GetElapsedTime(started))).ConfigureAwait(false);
            if (state is not null && Contains(lifecycle.FailureStates, state))
            {
                return Result(ScpPollOutcome.Failed);
            }

            var working = lifecycle.NotFoundMeansDone || (state is not null && Contains(lifecycle.TransitionalStates, state));
            if (!working)
            {
                return Result(ScpPollOutcome.Settled);
            }
        }

        ValueTask Report(ScpPollProgress step) => onProgress?.Invoke(step, cancellationToken) ?? ValueTask.CompletedTask;

        ScpPollResult Result(ScpPollOutcome outcome) =>
            new() { Outcome = outcome, State = state, Body = body, Checks = checks, Elapsed = clock.GetElapsedTime(started) };
    }

    /// <summary>The string at <paramref name="statePath"/> (dotted) in <paramref name="json"/>; null when absent, not a string, or no path.</summary>
    public static string? ReadState(ReadOnlySpan<byte> json, string? statePath)
    {
        if (statePath is null)
        {
            return null;
        }

        using var document = Parse(json);
        return document is null ? null : ReadString(document.RootElement, statePath);
    }

    private static string? ReadString(JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    private static bool Contains(IReadOnlyList<string> states, string state)
    {
        foreach (var candidate in states)
        {
            if (string.Equals(candidate, state, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static JsonDocument? Parse(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(json);
            return JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
