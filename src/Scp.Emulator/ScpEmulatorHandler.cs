using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Scp.Emulator.Hosting;
using Scp.Sdk.Catalog;

namespace Scp.Emulator;

/// <summary>
/// The SCP emulator inside the calling process: an <see cref="HttpMessageHandler"/> that hands each request to the same
/// pipeline <see cref="ScpEmulatorHost"/> serves over Kestrel (signature check, routing by <c>Scp-Api-Version</c>,
/// faults, validation, state), with no socket and no web server. Use it as the primary handler of the SDK's client with
/// the endpoint override set to <see cref="BaseUrl"/>; it signs and checks the URL exactly as sent, as over the wire.
/// </summary>
public sealed class ScpEmulatorHandler : HttpMessageHandler
{
    private readonly EmulatorPipeline _pipeline;
    private readonly ILoggerFactory? _loggerFactory;

    /// <summary>Creates the emulator; its state starts from <see cref="ScpEmulatorOptions.StoreFilePath"/> when set.</summary>
    public ScpEmulatorHandler(ScpEmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _pipeline = new EmulatorPipeline(options, options.Operations ?? ScpCatalog.Operations);
        if (options.ConfigureLogging is { } configure)
        {
            _loggerFactory = LoggerFactory.Create(configure);
            _pipeline.Logger = _loggerFactory.CreateLogger("Scp.Emulator");
        }

        KeyPairs = options.EffectiveKeyPairs;
    }

    /// <summary>
    /// The address to send requests to. <c>.invalid</c> never resolves (RFC 2606), so a request that escapes this
    /// handler fails rather than reaching anything; the emulator itself answers whatever host it is given.
    /// </summary>
    public static Uri BaseUrl { get; } = new("http://scp-emulator.invalid");

    /// <summary>Key pairs the emulator accepts.</summary>
    public IReadOnlyList<ScpEmulatorKeyPair> KeyPairs { get; }

    /// <summary>The first accepted key pair (the default pair unless others were configured).</summary>
    public ScpEmulatorKeyPair DefaultKeyPair => KeyPairs[0];

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var headers = new HeaderDictionary();
        foreach (var header in request.Headers)
        {
            headers.Append(header.Key, header.Value.ToArray());
        }

        if (!headers.ContainsKey("Host"))
        {
            headers.Append("Host", uri.Authority); // what HttpClient sends when the request sets none
        }

        var body = Stream.Null;
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers.Append(header.Key, header.Value.ToArray());
            }

            body = await request.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        }

        using var responseBody = new MemoryStream();
        var response = new HttpResponseFeature();
        var lifetime = new Lifetime(cancellationToken);
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature
        {
            Protocol = "HTTP/1.1",
            Method = request.Method.Method,
            Scheme = uri.Scheme,
            Path = PathString.FromUriComponent(uri).Value ?? string.Empty,
            QueryString = uri.Query,
            RawTarget = uri.PathAndQuery,
            Headers = headers,
            Body = body,
        });
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(responseBody));
        features.Set<IHttpRequestLifetimeFeature>(lifetime);
        await _pipeline.HandleAsync(new DefaultHttpContext(features)).ConfigureAwait(false);
        if (lifetime.Aborted)
        {
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The SCP emulator dropped the connection (an injected fault).");
        }

        var answer = new HttpResponseMessage((HttpStatusCode)response.StatusCode)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(responseBody.ToArray()),
        };
        foreach (var header in response.Headers)
        {
            if (!answer.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string?>)header.Value))
            {
                answer.Content.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string?>)header.Value);
            }
        }

        return answer;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _loggerFactory?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The request's cancellation, and whether the pipeline dropped the connection (an injected fault).</summary>
    private sealed class Lifetime(CancellationToken requestAborted) : IHttpRequestLifetimeFeature
    {
        public CancellationToken RequestAborted { get; set; } = requestAborted;

        public bool Aborted { get; private set; }

        public void Abort() => Aborted = true;
    }
}
