using Scp.Sdk.Errors;
using System.Collections.Concurrent;
using System.Text;
using Scp.Mcp.Server.Tools;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tests.Fixtures;

/// <summary>Stands in for SCP: records every request and answers from a per-operation script.</summary>
internal sealed class RecordingInvoker : IScpOperationInvoker
{
    private readonly ConcurrentDictionary<string, Queue<Func<ScpOperationRequest, ScpOperationResponse>>> _scripts = new();

    public ConcurrentQueue<ScpOperationRequest> Requests { get; } = new();

    /// <summary>Runs before every answer (e.g. to move a clock).</summary>
    public Action<ScpOperationRequest>? OnSend { get; set; }

    /// <summary>Answers requests no script covers (e.g. a real emulator); null answers 200 <c>{}</c>.</summary>
    public IScpOperationInvoker? Fallback { get; set; }

    public IReadOnlyList<ScpOperationRequest> RequestsFor(string toolName) => Requests.Where(r => r.Operation.ToolName == toolName).ToList();

    /// <summary>Queues answers for a tool; the last one repeats.</summary>
    public RecordingInvoker Answer(string toolName, params Func<ScpOperationRequest, ScpOperationResponse>[] answers)
    {
        _scripts[toolName] = new Queue<Func<ScpOperationRequest, ScpOperationResponse>>(answers);
        return this;
    }

    public RecordingInvoker AnswerJson(string toolName, int status, params string[] bodies)
        => Answer(toolName, bodies.Select(b => (Func<ScpOperationRequest, ScpOperationResponse>)(_ => Json(status, b))).ToArray());

    public RecordingInvoker Fail(string toolName, int status, string body)
        => Answer(toolName, _ => throw new ScpApiException(ScpErrorParser.Parse(status, null, Encoding.UTF8.GetBytes(body), "req-header-1")));

    public Task<ScpOperationResponse> SendAsync(ScpOperationRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        OnSend?.Invoke(request);
        if (_scripts.TryGetValue(request.Operation.ToolName, out var queue) && queue.Count > 0)
        {
            var answer = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
            return Task.FromResult(answer(request));
        }

        return Fallback?.SendAsync(request, cancellationToken) ?? Task.FromResult(Json(200, "{}"));
    }

    public static ScpOperationResponse Json(int status, string body) => new()
    {
        StatusCode = status,
        Body = Encoding.UTF8.GetBytes(body),
        ContentType = "application/json",
        RequestId = "req-1",
    };
}
