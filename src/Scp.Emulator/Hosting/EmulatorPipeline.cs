using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Scp.Emulator.Behaviour;
using Scp.Emulator.Errors;
using Scp.Emulator.Faults;
using Scp.Emulator.Routing;
using Scp.Emulator.Schema;
using Scp.Emulator.Security;
using Scp.Emulator.State;
using Scp.Sdk.Catalog;
using Scp.Sdk.Transport;

namespace Scp.Emulator.Hosting;

/// <summary>The single catch-all request handler: authenticate, route by product, inject faults, validate, answer.</summary>
internal sealed partial class EmulatorPipeline
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly OperationRouter _router;
    private readonly Dictionary<ApiRoutes, ApiModel> _models = new(ReferenceEqualityComparer.Instance);
    private readonly RequestAuthenticator _authenticator;
    private readonly FaultInjector _faults;
    private readonly EmulatorEngine _engine;
    private readonly AnswerDrift? _drift;
    private readonly string? _answerLogPath;
    private readonly Lock _answerLogLock = new();

    public EmulatorPipeline(ScpEmulatorOptions options, IReadOnlyList<ScpOperationDescriptor> operations)
    {
        _router = new OperationRouter(operations);
        foreach (var routes in _router.All)
        {
            _models[routes] = new ApiModel(routes);
        }

        _authenticator = new RequestAuthenticator(options.EffectiveKeyPairs, options.Clock, options.TimestampTolerance);
        _faults = new FaultInjector(options.Faults.ToArray(), options.FaultSeed);
        _engine = new EmulatorEngine(new ResourceStore(options.StoreFilePath), options.Clock, options.AsyncDelay);
        _drift = options.DriftSeed is { } seed ? new AnswerDrift(seed) : null;
        _answerLogPath = options.AnswerLogPath;
    }

    public IEnumerable<ApiModel> Models => _models.Values;

    /// <summary>Access log (method, path, product, operation, status); never headers, so never a signature.</summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = "req-" + Guid.NewGuid().ToString("D");
        try
        {
            await HandleCoreAsync(context, requestId);
            LogRequest(Logger, context.Request.Method, context.Request.Path, context.Request.Headers[ScpHeaders.ApiVersion].ToString(), context.Response.StatusCode);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
        {
            LogFailure(Logger, context.Request.Method, context.Request.Path, ex);
            await WriteAsync(context, ScpErrorResult.Create(500, "InternalError", "Emulator error", $"The emulator could not answer this request: {ex.Message}", requestId));
        }
    }

    private async Task HandleCoreAsync(HttpContext context, string requestId)
    {
        var request = context.Request;
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(rawTarget))
        {
            rawTarget = request.PathBase + request.Path + request.QueryString;
        }

        string? Header(string name) => request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;

        var url = $"{request.Scheme}://{request.Host}{rawTarget}";
        var account = _authenticator.Authenticate(request.Method, url, Header, requestId, out var failure);
        if (account is null)
        {
            await WriteAsync(context, failure!);
            return;
        }

        var routes = _router.Find(Header(ScpHeaders.ApiVersion), out var problem);
        if (routes is null)
        {
            await WriteAsync(context, ScpErrorResult.BadRequest(problem!, requestId));
            return;
        }

        var rawPath = rawTarget.Split('?', 2)[0];
        var segments = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var route = routes.Match(request.Method, segments, out var pathExists);
        if (route is null)
        {
            await WriteAsync(context, pathExists
                ? ScpErrorResult.MethodNotAllowed($"{request.Method} is not an operation of {routes.Api} on {rawPath}.", requestId)
                : ScpErrorResult.NotFound($"{rawPath} is not a path of {routes.Api}; Scp-Api-Version selects the product, so check it names the product you meant.", requestId));
            return;
        }

        if (!_faults.IsEmpty && await InjectFaultAsync(context, routes.Api.Product, route.Operation.OperationId, requestId))
        {
            return;
        }

        var model = _models[routes];
        var emulatorRequest = new EmulatorRequest
        {
            Route = route,
            AccountId = account,
            RequestId = requestId,
            Query = request.Query.ToDictionary(q => q.Key, q => (IReadOnlyList<string>)q.Value.Select(v => v ?? string.Empty).ToArray(), StringComparer.Ordinal),
            Header = Header,
        };

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var notJson = RequestValidator.ParseBody(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out var body);
        if (notJson is not null)
        {
            await WriteAsync(context, ScpErrorResult.BadRequest(notJson, requestId));
            return;
        }

        var errors = RequestValidator.Validate(emulatorRequest, body, model.Schemas);
        if (errors.Count > 0)
        {
            await WriteAsync(context, ScpErrorResult.BadRequest(errors.Select(e => e.ToString()).ToList(), requestId));
            return;
        }

        emulatorRequest.Body = SchemaSet.ToNode(body);
        var response = _engine.Handle(emulatorRequest, model);
        if (response.StatusCode is >= 200 and < 300 && response.Body is not null)
        {
            var operation = emulatorRequest.Route.Operation;
            if (_drift is not null)
            {
                var success = operation.SuccessResponse;
                response = response with
                {
                    Body = _drift.Apply(response.Body, SchemaSet.Parse(success?.SchemaJson), success?.ExampleJson, operation.ToolName, model.Schemas),
                };
            }

            LogAnswer(operation.ToolName, response.Body);
        }

        await WriteAsync(context, response);
    }

    private void LogAnswer(string toolName, System.Text.Json.Nodes.JsonNode? body)
    {
        if (_answerLogPath is null)
        {
            return;
        }

        var line = new System.Text.Json.Nodes.JsonObject { ["operation"] = toolName, ["body"] = body?.DeepClone() };
        lock (_answerLogLock)
        {
            File.AppendAllText(_answerLogPath, line.ToJsonString() + "\n");
        }
    }

    private async Task<bool> InjectFaultAsync(HttpContext context, string product, string operationId, string requestId)
    {
        var decision = _faults.Decide(product, operationId);
        if (decision.Latency > TimeSpan.Zero)
        {
            await Task.Delay(decision.Latency, context.RequestAborted);
        }

        switch (decision.Outcome)
        {
            case FaultOutcome.DropConnection:
                context.Abort();
                return true;
            case FaultOutcome.ServerError:
                await WriteAsync(context, ScpErrorResult.Create(503, "ServiceUnavailable", "Service unavailable", "Injected fault: the emulator answered 503 as configured.", requestId));
                return true;
            case FaultOutcome.TooManyRequests:
                context.Response.Headers.RetryAfter = "1";
                await WriteAsync(context, ScpErrorResult.Create(429, "TooManyRequests", "Too many requests", "Injected fault: the emulator answered 429 as configured.", requestId));
                return true;
            default:
                return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} [{ApiVersion}] -> {Status}")]
    private static partial void LogRequest(ILogger logger, string method, string path, string apiVersion, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed inside the emulator")]
    private static partial void LogFailure(ILogger logger, string method, string path, Exception exception);

    private static async Task WriteAsync(HttpContext context, EmulatorResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        if (response.Body is null)
        {
            return;
        }

        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body, WriterOptions);
        response.Body.WriteTo(writer);
        await writer.FlushAsync(context.RequestAborted);
    }
}
