using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Scp.Sdk.Transport;

/// <summary>
/// The transport's resilience pipeline: total timeout → retry (idempotent methods only, backoff with jitter,
/// <c>Retry-After</c> honoured) → attempt timeout. A POST (or PATCH) is retried only when the connection could not
/// be opened, i.e. when it cannot have reached the server: SCP has no idempotency key.
/// </summary>
public static class ScpResiliencePipeline
{
    /// <summary>Builds the pipeline; <paramref name="timeProvider"/> drives every delay and timeout.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(ScpResilienceOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.TotalTimeout is { } total)
        {
            builder.AddTimeout(total);
        }

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                ShouldHandle = args => ValueTask.FromResult(
                    !args.Context.CancellationToken.IsCancellationRequested
                    && ShouldRetry(args.Context.GetRequestMessage()?.Method, args.Outcome.Result, args.Outcome.Exception, options, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? GetRetryAfter(response, timeProvider.GetUtcNow()) : null),
                OnRetry = args =>
                {
                    var status = (int?)args.Outcome.Result?.StatusCode;
                    var reason = status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? args.Outcome.Exception?.GetType().Name ?? "unknown";
                    var retry = new ScpRetryInfo(args.Context.GetRequestMessage()?.Method.Method ?? "?", args.AttemptNumber, args.RetryDelay, status, reason);
                    ScpTelemetry.RecordRetry(retry);
                    options.OnRetry?.Invoke(retry);
                    return default;
                },
            });
        }

        if (options.AttemptTimeout is { } attempt)
        {
            builder.AddTimeout(attempt);
        }

        return builder.Build();
    }

    /// <summary>True for methods SCP treats as idempotent: GET, PUT, DELETE, HEAD, OPTIONS.</summary>
    public static bool IsIdempotent(HttpMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete
            || method == HttpMethod.Head || method == HttpMethod.Options;
    }

    /// <summary>Decides whether one failed attempt is retried.</summary>
    public static bool ShouldRetry(HttpMethod? method, HttpResponseMessage? response, Exception? exception, ScpResilienceOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (method is null)
        {
            return false;
        }

        if (!IsIdempotent(method))
        {
            // Only a failure to open the connection proves the request never left this machine.
            return exception is HttpRequestException
            {
                HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError,
            };
        }

        if (exception is not null)
        {
            return exception is HttpRequestException or TimeoutRejectedException;
        }

        if (response is null || !IsTransientStatus(response.StatusCode))
        {
            return false;
        }

        return GetRetryAfter(response, timeProvider.GetUtcNow()) is not { } wait || wait <= options.MaxRetryAfter;
    }

    /// <summary>The wait a <c>Retry-After</c> header asks for (seconds or an HTTP date), or null when none is sent.</summary>
    public static TimeSpan? GetRetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        || ((int)status >= 500 && status is not HttpStatusCode.NotImplemented and not HttpStatusCode.HttpVersionNotSupported);
}
