using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Scp.Emulator.Behaviour;
using Scp.Emulator.Errors;
using Scp.Emulator.Faults;
using Scp.Emulator.Routing;
using Scp.Emulator.Rules;
using Scp.Emulator.Schema;
using Scp.Emulator.Security;
using Scp.Emulator.State;
using Scp.Sdk.Catalog;
using Scp.Sdk.Transport;

namespace Scp.Emulator.Hosting;

/// <summary>The single catch-all request handler: authenticate, route by product, inject faults, validate, answer.</summary>
internal sealed class EmulatorPipeline
{
    private readonly OperationRouter _router;
    private readonly Dictionary<ApiRoutes, ApiModel> _models = new(ReferenceEqualityComparer.Instance);
    private readonly RequestAuthenticator _authenticator;
    private readonly FaultInjector _faults;
    private readonly EmulatorEngine _engine;

    public EmulatorPipeline(ScpEmulatorOptions options, IReadOnlyList<ScpOperationDescriptor> operations)
    {
        _router = new OperationRouter(operations);
        var rules = EmulatorRules.Load(options.RulesFilePath);
        foreach (var routes in _router.All)
        {
            _models[routes] = new ApiModel(routes, rules);
        }

        _authenticator = new RequestAuthenticator(options.EffectiveKeyPairs, options.Clock, options.TimestampTolerance);
        _faults = new FaultInjector(options.Faults.ToArray(), options.FaultSeed);
        _engine = new EmulatorEngine(new ResourceStore(options.StoreFilePath), options.Clock, options.AsyncDelay);
    }

    public IEnumerable<ApiModel> Models => _models.Values;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var requestId = "req-" + Guid.NewGuid().ToString("D");
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
        var invalid = RequestValidator.ParseBody(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out var body)
                      ?? Validate(emulatorRequest, body, model);
        if (invalid is not null)
        {
            await WriteAsync(context, ScpErrorResult.BadRequest(invalid, requestId));
            return;
        }

        await WriteAsync(context, _engine.Handle(emulatorRequest, model));
    }

    private static string? Validate(EmulatorRequest request, System.Text.Json.Nodes.JsonNode? body, ApiModel model)
    {
        request.Body = body;
        return RequestValidator.Validate(request, model.Validator);
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

    private static async Task WriteAsync(HttpContext context, EmulatorResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        if (response.Body is null)
        {
            return;
        }

        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        response.Body.WriteTo(writer);
        await writer.FlushAsync(context.RequestAborted);
    }
}
