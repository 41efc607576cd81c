using System.Text.Json;
using Scp.Sdk.Errors;
using Scp.Sdk.Invocation;

namespace Scp.Sdk.Polling;

/// <summary>
/// Waits for an asynchronous SCP operation (a 202 answer) by reading the resource's GET until its state leaves the
/// transitional states, or, for a delete, until the GET answers 404. General: the state property and the state sets
/// come from <see cref="ScpPollingOptions"/>.
/// </summary>
public static class ScpOperationPoller
{
    /// <summary>Polls with <paramref name="getRequest"/> sent through <paramref name="invoker"/>.</summary>
    public static Task<ScpPollResult> PollAsync(
        IScpOperationInvoker invoker,
        ScpOperationRequest getRequest,
        ScpPollingOptions? options = null,
        TimeProvider? timeProvider = null,
        IProgress<ScpPollProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        ArgumentNullException.ThrowIfNull(getRequest);
        return PollAsync(
            async ct => (await invoker.SendAsync(getRequest, ct).ConfigureAwait(false)).Body,
            options, timeProvider, progress, cancellationToken);
    }

    /// <summary>Polls with <paramref name="getResource"/>, which returns the resource's JSON or throws <see cref="ScpApiException"/>.</summary>
    public static async Task<ScpPollResult> PollAsync(
        Func<CancellationToken, Task<ReadOnlyMemory<byte>>> getResource,
        ScpPollingOptions? options = null,
        TimeProvider? timeProvider = null,
        IProgress<ScpPollProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(getResource);
        options ??= new ScpPollingOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.InitialDelay, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Interval, TimeSpan.Zero, nameof(options));
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
            checks++;
            try
            {
                body = await getResource(cancellationToken).ConfigureAwait(false);
            }
            catch (ScpApiException ex) when (ex.StatusCode == 404 && options.NotFoundMeansDone)
            {
                progress?.Report(new ScpPollProgress(checks, null, clock.GetElapsedTime(started)));
                state = null;
                body = default;
                return Result(ScpPollOutcome.Gone);
            }

            state = ReadState(body.Span, options.StateProperty);
            progress?.Report(new ScpPollProgress(checks, state, clock.GetElapsedTime(started)));
            if (state is not null && options.FailureStates.Contains(state))
            {
                return Result(ScpPollOutcome.Failed);
            }

            var working = options.NotFoundMeansDone || (state is not null && options.TransitionalStates.Contains(state));
            if (!working)
            {
                return Result(ScpPollOutcome.Settled);
            }

            delay = options.Interval;
        }

        ScpPollResult Result(ScpPollOutcome outcome) =>
            new() { Outcome = outcome, State = state, Body = body, Checks = checks, Elapsed = clock.GetElapsedTime(started) };
    }

    /// <summary>The state in <paramref name="json"/> at <paramref name="statePath"/> (dotted), or found by name when null.</summary>
    public static string? ReadState(ReadOnlySpan<byte> json, string? statePath)
    {
        if (json.IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (statePath is not null)
        {
            foreach (var part in statePath.Split('.'))
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
                {
                    return null;
                }
            }

            return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in (string[])["state", "status"])
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.EndsWith("_state", StringComparison.Ordinal) && !property.Name.StartsWith("previous", StringComparison.Ordinal)
                && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }

    /// <summary>The resource id of a 202 answer: <c>resource_id</c>, <c>resource.id</c> or <c>id</c>; null when none.</summary>
    public static string? FindResourceId(ReadOnlySpan<byte> acceptedBody)
    {
        if (acceptedBody.IsEmpty)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(acceptedBody);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("resource_id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }

            if (root.TryGetProperty("resource", out var resource) && resource.ValueKind == JsonValueKind.Object
                && resource.TryGetProperty("id", out id) && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }

            return root.TryGetProperty("id", out id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
