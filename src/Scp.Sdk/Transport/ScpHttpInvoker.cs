using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Timeout;
using Scp.Sdk.Configuration;
using Scp.Sdk.Errors;
using Scp.Sdk.Invocation;

namespace Scp.Sdk.Transport;

/// <summary>
/// Sends operation calls over HTTP: base URL per product from <see cref="ScpSettings"/>, escaped path and query,
/// header parameters, JSON body, <c>Scp-Api-Version</c> and <c>Accept-Language</c>. The <see cref="HttpClient"/>
/// carries resilience (outside) and <see cref="ScpSigningHandler"/> (inside). A non-2xx answer throws
/// <see cref="ScpApiException"/>; a timeout throws <see cref="TimeoutException"/>.
/// </summary>
public sealed partial class ScpHttpInvoker : IScpOperationInvoker, IDisposable
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private static readonly string[] RequestIdHeaders = ["X-Request-Id", "Request-Id", "X-Scp-Request-Id"];

    private readonly HttpClient _httpClient;
    private readonly ScpSettings _settings;
    private readonly ILogger _logger;
    private readonly bool _ownsClient;

    /// <summary>Creates an invoker over a client whose handlers already sign (and retry).</summary>
    public ScpHttpInvoker(HttpClient httpClient, ScpSettings settings, ILogger<ScpHttpInvoker>? logger = null)
        : this(httpClient, settings, logger, ownsClient: false)
    {
    }

    private ScpHttpInvoker(HttpClient httpClient, ScpSettings settings, ILogger? logger, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(settings);
        _httpClient = httpClient;
        _settings = settings;
        _logger = logger ?? NullLogger.Instance;
        _ownsClient = ownsClient;
    }

    /// <summary>
    /// Creates a self-contained invoker without dependency injection: resilience handler → signing handler →
    /// <paramref name="primaryHandler"/> (a new <see cref="SocketsHttpHandler"/> when null).
    /// </summary>
    public static ScpHttpInvoker Create(
        ScpSettings settings,
        ScpResilienceOptions? resilience = null,
        TimeProvider? timeProvider = null,
        HttpMessageHandler? primaryHandler = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = timeProvider ?? TimeProvider.System;
        var signing = new ScpSigningHandler(settings, clock) { InnerHandler = primaryHandler ?? CreatePrimaryHandler() };
        // Built at the first call, not here: Polly validates its strategy options with DataAnnotations (reflection over
        // attributes), a few milliseconds of a Native AOT start-up that needs no pipeline before the first tool call.
        var options = resilience ?? new ScpResilienceOptions();
        var pipeline = new Lazy<ResiliencePipeline<HttpResponseMessage>>(() => ScpResiliencePipeline.Create(options, clock));
        var retrying = new ResilienceHandler(_ => pipeline.Value) { InnerHandler = signing };
        var client = new HttpClient(retrying) { Timeout = Timeout.InfiniteTimeSpan };
        return new ScpHttpInvoker(client, settings, loggerFactory?.CreateLogger<ScpHttpInvoker>(), ownsClient: true);
    }

    /// <summary>The default primary handler: pooled sockets recycled every 5 minutes (DNS changes), gzip/brotli accepted.</summary>
    public static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    /// <inheritdoc/>
    public async Task<ScpOperationResponse> SendAsync(ScpOperationRequest request, CancellationToken cancellationToken = default)
    {
        using var message = CreateHttpRequest(request, _settings);
        var url = message.RequestUri!.AbsoluteUri;
        var started = Stopwatch.GetTimestamp();
        using var activity = ScpTelemetry.StartCall(request);
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (activity is not null && ex is not TimeoutRejectedException && RecordFailure(activity, ex))
        {
            throw; // not reached: RecordFailure returns false
        }
        catch (TimeoutRejectedException ex)
        {
            ScpTelemetry.RecordFailure(activity, ex);
            LogTimeout(_logger, message.Method.Method, url, ex.Timeout.TotalSeconds);
            throw new TimeoutException(
                $"SCP did not answer {message.Method.Method} {url} within {ex.Timeout.TotalSeconds:0.###} s. " +
                "For a write, read the resource before trying again: the call may have been carried out.", ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var headerRequestId = FindHeaderRequestId(response);
            var status = (int)response.StatusCode;
            LogResponse(_logger, message.Method.Method, url, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                var error = ScpErrorParser.Parse(status, response.ReasonPhrase, body, headerRequestId, request.Operation.Api.Product);
                ScpTelemetry.RecordResponse(activity, status, error.RequestId);
                throw new ScpApiException(error, message.Method.Method, url);
            }

            var requestId = FindBodyRequestId(body) ?? headerRequestId;
            ScpTelemetry.RecordResponse(activity, status, requestId);
            return new ScpOperationResponse
            {
                StatusCode = status,
                Body = body,
                ContentType = response.Content.Headers.ContentType?.MediaType,
                RequestId = requestId,
                RequestUri = message.RequestUri,
            };
        }
    }

    /// <summary>Builds the HTTP request (unsigned) for <paramref name="request"/>.</summary>
    /// <exception cref="ArgumentException">A path value is missing or a header value is not allowed.</exception>
    public static HttpRequestMessage CreateHttpRequest(ScpOperationRequest request, ScpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        var operation = request.Operation;
        var url = ScpRequestUrl.Build(
            settings.GetBaseUrl(operation.Api.Product), operation.PathTemplate,
            request.PathValues as IReadOnlyDictionary<string, string> ?? new Dictionary<string, string>(request.PathValues, StringComparer.Ordinal),
            request.QueryValues);
        // HttpMethod.Parse returns the shared instance of a standard method; the Accept value is sent as written.
        var message = new HttpRequestMessage(HttpMethod.Parse(operation.Method), ScpRequestUrl.ToUri(url));
        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        message.Headers.TryAddWithoutValidation(ScpHeaders.AcceptLanguage, settings.Language);
        message.Headers.TryAddWithoutValidation(ScpHeaders.ApiVersion, $"{operation.Api.Product} {operation.Api.Version}");
        foreach (var (name, value) in request.HeaderValues)
        {
            if (value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
            {
                throw new ArgumentException($"Header parameter '{name}' must not contain line breaks.", nameof(request));
            }

            message.Headers.Remove(name);
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                throw new ArgumentException($"Header parameter '{name}' cannot be sent as a request header.", nameof(request));
            }
        }

        if (request.JsonBody is { } body)
        {
            message.Content = new ReadOnlyMemoryContent(body);
            message.Content.Headers.ContentType = JsonMediaType;
        }

        return message;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsClient)
        {
            _httpClient.Dispose();
        }
    }

    private static bool RecordFailure(Activity activity, Exception exception)
    {
        ScpTelemetry.RecordFailure(activity, exception);
        return false;
    }

    private static string? FindHeaderRequestId(HttpResponseMessage response)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) && values.FirstOrDefault() is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    // The top-level "request_id" of a JSON object answer (the last one, as JsonElement.TryGetProperty reads it); null for
    // anything that is not a well-formed JSON object. A reader pass: no document is built for one property.
    private static string? FindBodyRequestId(byte[] body)
    {
        var trimmed = body.AsSpan().TrimStart(" \t\r\n"u8);
        if (trimmed.IsEmpty || trimmed[0] != (byte)'{')
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            string? found = null;
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isRequestId = reader.ValueTextEquals("request_id"u8);
                reader.Read();
                if (isRequestId)
                {
                    found = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            while (reader.Read())
            {
                // anything after the object makes the body malformed: Read throws
            }

            return found is { Length: > 0 } ? found : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // LoggerMessage.Define rather than [LoggerMessage]: Scp.Sdk's hand-written code relies on no source generator
    // but its own, so the generator tests can compile it together with generated output.
    private static readonly Action<ILogger, string, string, int, double, Exception?> LogResponseMessage =
        LoggerMessage.Define<string, string, int, double>(LogLevel.Debug, new EventId(1, "ScpResponse"), "SCP {Method} {Url} answered {Status} in {ElapsedMs:0} ms");

    private static readonly Action<ILogger, string, string, double, Exception?> LogTimeoutMessage =
        LoggerMessage.Define<string, string, double>(LogLevel.Warning, new EventId(2, "ScpTimeout"), "SCP {Method} {Url} timed out after {Seconds} s");

    private static void LogResponse(ILogger logger, string method, string url, int status, double elapsedMs) =>
        LogResponseMessage(logger, method, url, status, elapsedMs, null);

    private static void LogTimeout(ILogger logger, string method, string url, double seconds) =>
        LogTimeoutMessage(logger, method, url, seconds, null);
}
