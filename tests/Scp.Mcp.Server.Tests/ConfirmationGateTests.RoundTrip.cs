using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Scp.Mcp.Server.Hosting;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Mcp.Tests.Common;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tests;

/// <summary>
/// Confirmations of clients on protocol 2026-07-28 (the C# SDK client's default) over Streamable HTTP without a session:
/// multi round-trip requests whose <c>requestState</c> is a signed, single-use confirm token.
/// </summary>
public sealed partial class ConfirmationGateTests
{
    [Fact]
    public async Task RoundTrip_Accepted_AsksOnceWithoutSessionAndRunsOnce()
    {
        await using var http = await RoundTripServer.StartAsync(_ => "accept");

        var result = await http.Client.CallToolAsync("file_delete_volume", DeleteArguments(VolumeId));

        Assert.False(result.IsError, result.Text());
        Assert.Equal("2026-07-28", http.Client.NegotiatedProtocolVersion);
        Assert.Null(http.Client.SessionId);
        var question = Assert.Single(http.Questions);
        Assert.Contains("Delete volume (file_delete_volume: DELETE /v1/volumes/{volume_id}, filestorage 1.1)", question, StringComparison.Ordinal);
        Assert.Contains($"Targets: volume_id={VolumeId}", question, StringComparison.Ordinal);
        Assert.Single(http.Invoker.RequestsFor("file_delete_volume"));
        var calls = http.Recorder.Calls;
        Assert.Equal(2, calls.Count);
        Assert.Null(calls[0].RequestState);
        Assert.StartsWith("scpc1.", calls[1].RequestState, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("decline", "the user declined")]
    [InlineData("cancel", "was cancelled without an answer")]
    public async Task RoundTrip_NotAccepted_SendsNothingAndSaysWhy(string action, string reason)
    {
        await using var http = await RoundTripServer.StartAsync(_ => action);

        var result = await http.Client.CallToolAsync("file_delete_volume", DeleteArguments(VolumeId));

        Assert.True(result.IsError);
        Assert.Contains("NOT RUN", result.Text(), StringComparison.Ordinal);
        Assert.Contains(reason, result.Text(), StringComparison.Ordinal);
        Assert.Single(http.Questions);
        Assert.Empty(http.Invoker.Requests);
    }

    [Fact]
    public async Task RoundTrip_Replayed_IsRefusedAndRunsNothingMore()
    {
        await using var http = await RoundTripServer.StartAsync(_ => "accept");
        await http.Client.CallToolAsync("file_delete_volume", DeleteArguments(VolumeId));

        var replay = await http.SendAsync(http.Recorder.Calls[1].Params);

        Assert.True(replay.IsError);
        Assert.Contains("NOT RUN: the confirmation's request state was refused: the confirm token was already used", replay.Text(), StringComparison.Ordinal);
        Assert.Single(http.Invoker.Requests);
    }

    [Fact]
    public async Task RoundTrip_TamperedState_IsRefused()
    {
        await using var http = await RoundTripServer.StartAsync(_ => "decline");
        await http.Client.CallToolAsync("file_delete_volume", DeleteArguments(VolumeId));
        var retry = AcceptedRetry(http.Recorder.Calls[1].Params);
        var parts = retry["requestState"]!.GetValue<string>().Split('.');
        parts[2] = "9999999999";
        retry["requestState"] = string.Join('.', parts);

        var result = await http.SendAsync(retry);

        Assert.True(result.IsError);
        Assert.Contains("not valid for this tool and caller", result.Text(), StringComparison.Ordinal);
        Assert.Empty(http.Invoker.Requests);
    }

    [Fact]
    public async Task RoundTrip_StateForAnotherTool_IsRefused()
    {
        await using var http = await RoundTripServer.StartAsync(_ => "decline");
        await http.Client.CallToolAsync("backup_cancel_backup", new Dictionary<string, object?> { ["backup_id"] = "b-1" });
        var retry = AcceptedRetry(http.Recorder.Calls[1].Params);
        retry["name"] = "file_delete_volume";
        retry["arguments"] = new JsonObject { ["volume_id"] = VolumeId };

        var result = await http.SendAsync(retry);

        Assert.True(result.IsError);
        Assert.Contains("not valid for this tool", result.Text(), StringComparison.Ordinal);
        Assert.Empty(http.Invoker.Requests);
    }

    [Fact]
    public async Task RoundTrip_StateForOtherArguments_IsRefused()
    {
        await using var http = await RoundTripServer.StartAsync(_ => "decline");
        await http.Client.CallToolAsync("file_delete_volume", DeleteArguments(VolumeId));
        var retry = AcceptedRetry(http.Recorder.Calls[1].Params);
        retry["arguments"] = new JsonObject { ["volume_id"] = OtherVolumeId };

        var result = await http.SendAsync(retry);

        Assert.True(result.IsError);
        Assert.Contains("issued for different arguments", result.Text(), StringComparison.Ordinal);
        Assert.Empty(http.Invoker.Requests);
    }

    [Fact]
    public async Task RoundTrip_ExpiredState_IsRefused()
    {
        var clock = new ManualTimeProvider();
        await using var http = await RoundTripServer.StartAsync(_ => "decline", clock);
        await http.Client.CallToolAsync("file_delete_volume", DeleteArguments(VolumeId));
        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        var result = await http.SendAsync(AcceptedRetry(http.Recorder.Calls[1].Params));

        Assert.True(result.IsError);
        Assert.Contains("has expired", result.Text(), StringComparison.Ordinal);
        Assert.Empty(http.Invoker.Requests);
    }

    [Fact]
    public async Task RoundTrip_ClientPinnedTo20251125_ConfirmsByElicitationInItsSession()
    {
        await using var http = await RoundTripServer.StartAsync(_ => "accept", protocolVersion: "2025-11-25");

        var result = await http.Client.CallToolAsync("file_delete_volume", DeleteArguments(VolumeId));

        Assert.False(result.IsError, result.Text());
        Assert.NotNull(http.Client.SessionId);
        Assert.Single(http.Questions);
        Assert.Null(Assert.Single(http.Recorder.Calls).RequestState);
        Assert.Single(http.Invoker.Requests);
    }

    [Fact]
    public async Task TokenService_TokenOfAnotherPrincipal_IsInvalid()
    {
        var tokens = new Safety.ConfirmTokenService("principal-test-key-0123456789"u8.ToArray(), TimeProvider.System);
        using var args = JsonDocument.Parse(DeleteArgs);
        var token = tokens.Issue("file_delete_volume", args.RootElement, "alice");

        Assert.Equal(Safety.ConfirmTokenStatus.Invalid, await tokens.VerifyAsync(token, "file_delete_volume", args.RootElement, "bob"));
        Assert.Equal(Safety.ConfirmTokenStatus.Valid, await tokens.VerifyAsync(token, "file_delete_volume", args.RootElement, "alice"));
    }

    private static Dictionary<string, object?> DeleteArguments(string volumeId) => new() { ["volume_id"] = volumeId };

    /// <summary>A recorded retry's params with the person's answer replaced by "accept".</summary>
    private static JsonObject AcceptedRetry(JsonObject retry)
    {
        var copy = (JsonObject)retry.DeepClone();
        copy["inputResponses"] = new JsonObject { ["confirm"] = new JsonObject { ["action"] = "accept" } };
        return copy;
    }

    /// <summary>The HTTP server on loopback, SCP replaced by a recorder, and a C# SDK client whose user answers every question with one action.</summary>
    private sealed class RoundTripServer : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private RoundTripServer(WebApplication app, McpClient client, ToolCallRecorder recorder, RecordingInvoker invoker, List<string> questions)
        {
            _app = app;
            Client = client;
            Recorder = recorder;
            Invoker = invoker;
            Questions = questions;
        }

        public McpClient Client { get; }

        public ToolCallRecorder Recorder { get; }

        public RecordingInvoker Invoker { get; }

        public List<string> Questions { get; }

        public static async Task<RoundTripServer> StartAsync(Func<string, string> answer, TimeProvider? time = null, string? protocolVersion = null)
        {
            var invoker = new RecordingInvoker();
            invoker.AnswerJson("file_delete_volume", 204, string.Empty);
            var app = HttpHost.Build(new ScpServerOptions { Urls = "http://127.0.0.1:0", Region = "kr-west1" }, services =>
            {
                services.AddSingleton(FixtureCatalog.Operations);
                services.AddSingleton<IScpOperationInvoker>(invoker);
                if (time is not null)
                {
                    services.AddSingleton(time);
                }
            });
            await app.StartAsync();
            var recorder = new ToolCallRecorder();
            var questions = new List<string>();
            var transport = new HttpClientTransport(
                new HttpClientTransportOptions { Endpoint = new Uri(app.Urls.First() + HttpHost.EndpointPath), TransportMode = HttpTransportMode.StreamableHttp },
                new HttpClient(recorder));
            var options = new McpClientOptions
            {
                Capabilities = new ClientCapabilities { Elicitation = new ElicitationCapability { Form = new FormElicitationCapability() } },
                Handlers = new McpClientHandlers
                {
                    ElicitationHandler = (request, _) =>
                    {
                        lock (questions)
                        {
                            questions.Add(request!.Message);
                        }

                        return ValueTask.FromResult(new ElicitResult { Action = answer(request.Message) });
                    },
                },
            };
            if (protocolVersion is not null)
            {
                options.ProtocolVersion = protocolVersion;
            }

            var client = await McpClient.CreateAsync(transport, options);
            return new RoundTripServer(app, client, recorder, invoker, questions);
        }

        /// <summary>Sends a <c>tools/call</c> with exactly these params (a replayed or altered retry) through the client.</summary>
        public async Task<CallToolResult> SendAsync(JsonObject parameters)
        {
            var response = await Client.SendRequestAsync(new JsonRpcRequest { Method = RequestMethods.ToolsCall, Params = parameters.DeepClone() });
            return response.Result.Deserialize(McpJsonUtilities.DefaultOptions.GetTypeInfo<CallToolResult>())!;
        }

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            await _app.DisposeAsync();
        }
    }
}
