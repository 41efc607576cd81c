using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Scp.Mcp.Server.Hosting;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Catalog;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tests;

public sealed class HttpTransportTests
{
    private const string InitializeBody =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""";

    [Fact]
    public async Task Post_ForeignOrigin_IsRejectedWith403()
    {
        await using var app = await StartAsync(new ScpServerOptions { Urls = "http://127.0.0.1:0" });
        using var http = new HttpClient();
        using var request = Initialize(app);
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_LoopbackOrigin_IsAccepted()
    {
        await using var app = await StartAsync(new ScpServerOptions { Urls = "http://127.0.0.1:0" });
        using var http = new HttpClient();
        using var request = Initialize(app);
        request.Headers.Add("Origin", "http://localhost:6274");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_ForeignHostHeader_IsRejectedWith403()
    {
        await using var app = await StartAsync(new ScpServerOptions { Urls = "http://127.0.0.1:0" });
        using var http = new HttpClient();
        using var request = Initialize(app);
        request.Headers.Host = "attacker.example";

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-token", HttpStatusCode.Unauthorized)]
    [InlineData("s3cret-bearer-token", HttpStatusCode.OK)]
    public async Task Post_BearerConfigured_RequiresTheToken(string? token, HttpStatusCode expected)
    {
        await using var app = await StartAsync(new ScpServerOptions { Urls = "http://127.0.0.1:0", BearerToken = "s3cret-bearer-token" });
        using var http = new HttpClient();
        using var request = Initialize(app);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.DoesNotContain("s3cret-bearer-token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_BeyondLoopbackWithoutBearer_RefusesToStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HttpHost.Build(new ScpServerOptions { Urls = "http://0.0.0.0:5100" }));

        Assert.Contains("--bearer-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BeyondLoopbackWithAuthority_Starts()
    {
        var app = HttpHost.Build(new ScpServerOptions { Urls = "http://0.0.0.0:5100", AuthAuthority = "https://login.example.com/" });

        Assert.NotNull(app);
    }

    [Fact]
    public void Build_BearerAndAuthorityBoth_RefusesNamingBoth()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HttpHost.Build(
            new ScpServerOptions { Urls = "http://127.0.0.1:0", BearerToken = "tok", AuthAuthority = "https://login.example.com/" }));

        Assert.Contains("--bearer-token", error.Message, StringComparison.Ordinal);
        Assert.Contains("--auth-authority", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("login.example.com", "not an absolute http(s) URL")]
    [InlineData("http://login.example.com/", "plain http beyond loopback")]
    public void Build_UnusableAuthority_RefusesNamingTheOption(string authority, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => HttpHost.Build(new ScpServerOptions { Urls = "http://127.0.0.1:0", AuthAuthority = authority }));

        Assert.Contains("--auth-authority", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoAudience_IsTheFirstUrlsAddressPlusMcp()
    {
        var auth = HttpAuthentication.Resolve(new ScpServerOptions { Urls = "https://mcp.example.com;http://127.0.0.1:5100", AuthAuthority = "https://login.example.com/" });

        Assert.Equal("https://mcp.example.com/mcp", auth!.Audience);
    }

    [Fact]
    public async Task Get_HealthAndReadiness_AnswerWithoutTheBearerToken()
    {
        await using var app = await StartAsync(new ScpServerOptions { Urls = "http://127.0.0.1:0", BearerToken = "s3cret-bearer-token" });
        using var http = new HttpClient();

        using var live = await http.GetAsync(app.Urls.First() + "/healthz");
        using var ready = await http.GetAsync(app.Urls.First() + "/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("""{"status":"alive"}""", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("""{"status":"ready","checks":{"catalogue":"ok"}}""", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Readiness_FailingCheck_Answers503NamingIt()
    {
        var app = HttpHost.Build(new ScpServerOptions { Urls = "http://127.0.0.1:0" }, services =>
        {
            services.AddSingleton(FixtureCatalog.Operations);
            services.AddSingleton<IScpOperationInvoker>(new RecordingInvoker());
            services.AddSingleton<IReadinessCheck>(new FailingCheck());
        });
        await using (app)
        {
            await app.StartAsync();
            using var http = new HttpClient();

            using var ready = await http.GetAsync(app.Urls.First() + "/readyz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("""{"status":"not ready","checks":{"catalogue":"ok","store":"unreachable"}}""", await ready.Content.ReadAsStringAsync());
        }
    }

    private sealed class FailingCheck : IReadinessCheck
    {
        public string Name => "store";

        public Task<string?> CheckAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("unreachable");
    }

    [Fact]
    public async Task McpClient_OverHttpWithElicitation_ListsToolsAndConfirmsDestructiveCall()
    {
        var invoker = new RecordingInvoker();
        await using var app = await StartAsync(new ScpServerOptions { Urls = "http://127.0.0.1:0", BearerToken = "s3cret-bearer-token" }, invoker);
        var asked = 0;
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(app.Urls.First() + HttpHost.EndpointPath),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer s3cret-bearer-token" },
        });
        await using var client = await McpClient.CreateAsync(transport, new McpClientOptions
        {
            Capabilities = new ClientCapabilities { Elicitation = new ElicitationCapability { Form = new FormElicitationCapability() } },
            Handlers = new McpClientHandlers
            {
                ElicitationHandler = (_, _) => { asked++; return ValueTask.FromResult(new ElicitResult { Action = "accept" }); },
            },
        });

        var tools = await client.ListToolsAsync();
        var result = await client.CallToolAsync("file_delete_volume",
            new Dictionary<string, object?> { ["volume_id"] = "0123456789abcdef0123456789abcdef" });

        Assert.Equal(8, tools.Count);
        Assert.False(result.IsError, result.Text());
        Assert.Equal(1, asked);
        Assert.Single(invoker.Requests);
    }

    [Fact]
    public async Task ToolCalls_AtDefaultLevel_LogNoPerRequestInformationLines()
    {
        var lines = new RecordingLoggerProvider();
        await using var app = await StartAsync(new ScpServerOptions { Urls = "http://127.0.0.1:0" }, logs: lines);
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(app.Urls.First() + HttpHost.EndpointPath),
            TransportMode = HttpTransportMode.StreamableHttp,
        });
        await using (var client = await McpClient.CreateAsync(transport))
        {
            for (var i = 0; i < 3; i++)
            {
                var result = await client.CallToolAsync("file_list_volumes", new Dictionary<string, object?>());
                Assert.False(result.IsError, result.Text());
            }
        }

        var perRequest = lines.Entries
            .Where(e => e.Level >= LogLevel.Information
                && (e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || e.Category.StartsWith("ModelContextProtocol", StringComparison.Ordinal)))
            .Select(e => $"{e.Category}: {e.Message}")
            .ToList();
        Assert.True(perRequest.Count == 0, "ASP.NET Core or the MCP SDK logged per-request lines at the default level:\n" + string.Join('\n', perRequest));
        Assert.Contains(lines.Entries, e => e.Category.StartsWith("Microsoft.Hosting.Lifetime", StringComparison.Ordinal) || e.Category.StartsWith("Scp.", StringComparison.Ordinal));
    }

    private static async Task<WebApplication> StartAsync(ScpServerOptions settings, RecordingInvoker? invoker = null, RecordingLoggerProvider? logs = null)
    {
        var app = HttpHost.Build(settings, services =>
        {
            services.AddSingleton(FixtureCatalog.Operations);
            services.AddSingleton<IScpOperationInvoker>(invoker ?? new RecordingInvoker());
            if (logs is not null)
            {
                services.AddSingleton<ILoggerProvider>(logs);
            }
        });
        await app.StartAsync();
        return app;
    }

    private static HttpRequestMessage Initialize(WebApplication app)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, app.Urls.First() + HttpHost.EndpointPath)
        {
            Content = new StringContent(InitializeBody, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        return request;
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(string Category, LogLevel Level, string Message)> _entries = new();

        public IReadOnlyList<(string Category, LogLevel Level, string Message)> Entries => [.. _entries];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
