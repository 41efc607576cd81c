using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Scp.Sdk.Configuration;
using Scp.Sdk.Invocation;
using Scp.Sdk.Transport;

namespace Scp.Emulator.Tests;

/// <summary>An emulator on loopback plus the SDK's signing HTTP invoker pointed at it, sharing a fake clock.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    private EmulatorSession(ScpEmulatorHost host, ScpHttpInvoker invoker, FakeTimeProvider clock)
    {
        Host = host;
        Invoker = invoker;
        Clock = clock;
    }

    public ScpEmulatorHost Host { get; }

    public ScpHttpInvoker Invoker { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<EmulatorSession> StartAsync(Action<ScpEmulatorOptions>? configure = null, ScpResilienceOptions? resilience = null)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new ScpEmulatorOptions { Operations = FixtureCatalog.Operations, Clock = clock, AsyncDelay = TimeSpan.FromSeconds(2) };
        configure?.Invoke(options);
        var host = await ScpEmulatorHost.StartAsync(options);
        var invoker = CreateInvoker(host, clock, ScpEmulatorDefaults.AccessKey, ScpEmulatorDefaults.SecretKey, resilience);
        return new EmulatorSession(host, invoker, clock);
    }

    public static ScpHttpInvoker CreateInvoker(ScpEmulatorHost host, TimeProvider clock, string accessKey, string secretKey, ScpResilienceOptions? resilience = null)
    {
        var settings = new ScpSettings { AccessKey = accessKey, SecretKey = secretKey, EndpointOverride = host.BaseUrl };
        resilience ??= new ScpResilienceOptions { MaxRetryAttempts = 0, TotalTimeout = null, AttemptTimeout = null };
        return ScpHttpInvoker.Create(settings, resilience, clock);
    }

    /// <summary>Calls an operation of the fixture catalogue and returns the parsed body (null when empty).</summary>
    public async Task<JsonNode?> CallAsync(string product, string operationId, object? body = null, (string, string)[]? path = null, (string, string)[]? query = null)
    {
        var response = await SendAsync(product, operationId, body, path, query);
        return response.Body.Length == 0 ? null : JsonNode.Parse(response.Body.Span);
    }

    public Task<ScpOperationResponse> SendAsync(string product, string operationId, object? body = null, (string, string)[]? path = null, (string, string)[]? query = null) =>
        Send(Invoker, product, operationId, body, path, query);

    public static Task<ScpOperationResponse> Send(IScpOperationInvoker invoker, string product, string operationId, object? body = null, (string, string)[]? path = null, (string, string)[]? query = null)
    {
        var request = new ScpOperationRequest
        {
            Operation = FixtureCatalog.Find(product, operationId),
            JsonBody = body switch
            {
                null => null,
                JsonNode node => Encoding.UTF8.GetBytes(node.ToJsonString()),
                string text => Encoding.UTF8.GetBytes(text),
                _ => throw new ArgumentException("Pass a JsonNode or JSON text.", nameof(body)),
            },
        };
        foreach (var (name, value) in path ?? [])
        {
            request.PathValues[name] = value;
        }

        foreach (var (name, value) in query ?? [])
        {
            request.QueryValues.Add(new(name, value));
        }

        return invoker.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Invoker.Dispose();
        await Host.DisposeAsync();
    }
}
