using System.Net;
using System.Text;

namespace Scp.Sdk.Tests.Support;

/// <summary>A fake server: records each attempt (URL, headers, body) and answers from a script.</summary>
internal sealed class RecordingHandler(Func<RecordedRequest, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public RecordingHandler(Func<RecordedRequest, HttpResponseMessage> respond)
        : this(r => Task.FromResult(respond(r)))
    {
    }

    public RecordingHandler(params HttpStatusCode[] statuses)
        : this(r => new HttpResponseMessage(statuses[Math.Min(r.Attempt, statuses.Length - 1)]) { Content = new StringContent("{}", Encoding.UTF8, "application/json") })
    {
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        RecordedRequest recorded;
        lock (_requests)
        {
            recorded = new RecordedRequest(
                _requests.Count,
                request.Method.Method,
                request.RequestUri!.AbsoluteUri,
                request.RequestUri.PathAndQuery,
                request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
                request.Content?.Headers.ContentType?.ToString(),
                body,
                cancellationToken);
            _requests.Add(recorded);
        }

        return await respond(recorded);
    }
}

internal sealed record RecordedRequest(
    int Attempt,
    string Method,
    string AbsoluteUri,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string? Body,
    CancellationToken CancellationToken);
