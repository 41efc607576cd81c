using System.Text.Json;
using System.Text.RegularExpressions;
using ModelContextProtocol.Protocol;
using Scp.Mcp.Server.Safety;
using Scp.Mcp.Server.Tests.Fixtures;

namespace Scp.Mcp.Server.Tests;

public sealed partial class ConfirmationGateTests
{
    private const string VolumeId = "0123456789abcdef0123456789abcdef";
    private const string OtherVolumeId = "fedcba9876543210fedcba9876543210";
    private static readonly string DeleteArgs = $$"""{"volume_id":"{{VolumeId}}"}""";

    [Theory]
    [InlineData(null)]
    [InlineData("2025-11-25")]
    public async Task Elicit_Accepted_SendsDeleteAfterAskingWithOperationTargetsRegionAndConsequence(string? protocolVersion)
    {
        var questions = new List<string>();
        await using var server = await McpTestServer.StartAsync(
            new ScpServerOptions { Region = "kr-west1" },
            elicit: request => { questions.Add(request.Message); return new ElicitResult { Action = "accept" }; },
            protocolVersion: protocolVersion);
        server.Invoker.AnswerJson("file_delete_volume", 204, string.Empty);

        var result = await server.CallAsync("file_delete_volume", DeleteArgs);

        Assert.False(result.IsError);
        Assert.Single(server.Invoker.RequestsFor("file_delete_volume"));
        var question = Assert.Single(questions);
        Assert.Contains("Delete volume (file_delete_volume: DELETE /v1/volumes/{volume_id}, filestorage 1.1)", question, StringComparison.Ordinal);
        Assert.Contains($"Targets: volume_id={VolumeId}", question, StringComparison.Ordinal);
        Assert.Contains("Region: kr-west1", question, StringComparison.Ordinal);
        Assert.Contains("Consequence: Permanently deletes", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Elicit_CuratedReason_IsTheConsequence()
    {
        var questions = new List<string>();
        await using var server = await McpTestServer.StartAsync(elicit: request => { questions.Add(request.Message); return new ElicitResult { Action = "accept" }; });

        await server.CallAsync("backup_cancel_backup", """{"backup_id":"b-1"}""");

        Assert.Contains("Consequence: Cancels a running backup; its partial data is discarded", Assert.Single(questions), StringComparison.Ordinal);
        Assert.Single(server.Invoker.RequestsFor("backup_cancel_backup"));
    }

    [Theory]
    [InlineData("decline", "the user declined")]
    [InlineData("cancel", "was cancelled without an answer")]
    public async Task Elicit_NotAccepted_SendsNothingAndSaysWhy(string action, string reason)
    {
        await using var server = await McpTestServer.StartAsync(elicit: _ => new ElicitResult { Action = action });

        var result = await server.CallAsync("file_delete_volume", DeleteArgs);

        Assert.True(result.IsError);
        Assert.Contains("NOT RUN", result.Text(), StringComparison.Ordinal);
        Assert.Contains(reason, result.Text(), StringComparison.Ordinal);
        Assert.Contains("Nothing was sent to SCP", result.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Fact]
    public async Task Elicit_ClientWithoutElicitation_RefusesAndNamesOtherPolicies()
    {
        await using var server = await McpTestServer.StartAsync(elicit: null);

        var result = await server.CallAsync("file_delete_volume", DeleteArgs);

        Assert.True(result.IsError);
        Assert.Contains("does not support", result.Text(), StringComparison.Ordinal);
        Assert.Contains("--confirm token", result.Text(), StringComparison.Ordinal);
        Assert.Contains("--confirm never", result.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Fact]
    public async Task Elicit_WriteAndReadTools_DoNotAsk()
    {
        var asked = 0;
        await using var server = await McpTestServer.StartAsync(elicit: _ => { asked++; return new ElicitResult { Action = "decline" }; });

        await server.CallAsync("file_update_volume", $$$"""{"volume_id":"{{{VolumeId}}}","body":{}}""");
        await server.CallAsync("file_list_volumes");

        Assert.Equal(0, asked);
        Assert.Equal(2, server.Invoker.Requests.Count);
    }

    [Fact]
    public async Task Never_DestructiveCall_RunsWithoutAsking()
    {
        var asked = 0;
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { Confirm = ConfirmPolicy.Never },
            elicit: _ => { asked++; return new ElicitResult { Action = "decline" }; });

        var result = await server.CallAsync("file_delete_volume", DeleteArgs);

        Assert.False(result.IsError);
        Assert.Equal(0, asked);
        Assert.Single(server.Invoker.Requests);
    }

    [Fact]
    public async Task Token_FirstCallThenRepeatWithToken_RunsOnceOnlyAfterRepeat()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { Confirm = ConfirmPolicy.Token });

        var first = await server.CallAsync("file_delete_volume", DeleteArgs);
        Assert.True(first.IsError);
        Assert.Contains("NOT RUN YET", first.Text(), StringComparison.Ordinal);
        Assert.Contains($"volume_id={VolumeId}", first.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);

        var second = await server.CallAsync("file_delete_volume", WithToken(DeleteArgs, TokenFrom(first)));

        Assert.False(second.IsError);
        Assert.Single(server.Invoker.Requests);
    }

    [Fact]
    public async Task Token_ToolSchema_OffersConfirmTokenOnDestructiveToolsOnly()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { Confirm = ConfirmPolicy.Token });

        var tools = await server.Client.ListToolsAsync();

        Assert.True(tools.Single(t => t.Name == "file_delete_volume").ProtocolTool.InputSchema.GetProperty("properties").TryGetProperty("confirm_token", out _));
        Assert.False(tools.Single(t => t.Name == "file_update_volume").ProtocolTool.InputSchema.GetProperty("properties").TryGetProperty("confirm_token", out _));
    }

    [Fact]
    public async Task Token_Replayed_IsRefusedAndSendsNothingMore()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { Confirm = ConfirmPolicy.Token });
        var token = TokenFrom(await server.CallAsync("file_delete_volume", DeleteArgs));
        await server.CallAsync("file_delete_volume", WithToken(DeleteArgs, token));

        var replay = await server.CallAsync("file_delete_volume", WithToken(DeleteArgs, token));

        Assert.True(replay.IsError);
        Assert.Contains("already used", replay.Text(), StringComparison.Ordinal);
        Assert.Single(server.Invoker.Requests);
    }

    [Fact]
    public async Task Token_Expired_IsRefused()
    {
        var clock = new ManualTimeProvider();
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { Confirm = ConfirmPolicy.Token }, time: clock);
        var token = TokenFrom(await server.CallAsync("file_delete_volume", DeleteArgs));

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var late = await server.CallAsync("file_delete_volume", WithToken(DeleteArgs, token));

        Assert.True(late.IsError);
        Assert.Contains("has expired", late.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Fact]
    public async Task Token_OtherArguments_IsRefused()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { Confirm = ConfirmPolicy.Token });
        var token = TokenFrom(await server.CallAsync("file_delete_volume", DeleteArgs));

        var other = await server.CallAsync("file_delete_volume", WithToken($$"""{"volume_id":"{{OtherVolumeId}}"}""", token));

        Assert.True(other.IsError);
        Assert.Contains("issued for different arguments", other.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Fact]
    public async Task Token_FromAnotherTool_IsRefused()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { Confirm = ConfirmPolicy.Token });
        var token = TokenFrom(await server.CallAsync("backup_cancel_backup", """{"backup_id":"b-1"}"""));

        var result = await server.CallAsync("file_delete_volume", WithToken(DeleteArgs, token));

        Assert.True(result.IsError);
        Assert.Contains("not valid for this tool", result.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Theory]
    [InlineData("scpc1.AAAAAAAAAAAAAAAA.9999999999.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    public async Task Token_Forged_IsRefused(string forged)
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { Confirm = ConfirmPolicy.Token });

        var result = await server.CallAsync("file_delete_volume", WithToken(DeleteArgs, forged));

        Assert.True(result.IsError);
        Assert.Contains("not valid for this tool", result.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Fact]
    public async Task Token_AlteredExpiry_IsRefused()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { Confirm = ConfirmPolicy.Token });
        var parts = TokenFrom(await server.CallAsync("file_delete_volume", DeleteArgs)).Split('.');
        parts[2] = "9999999999";

        var result = await server.CallAsync("file_delete_volume", WithToken(DeleteArgs, string.Join('.', parts)));

        Assert.True(result.IsError);
        Assert.Empty(server.Invoker.Requests);
    }

    [Fact]
    public async Task TokenService_SameKeyOnAnotherReplica_AcceptsTokenOnceThere()
    {
        var key = "replica-shared-key-0123456789"u8.ToArray();
        var issuer = new ConfirmTokenService(key, TimeProvider.System);
        var replica = new ConfirmTokenService(key, TimeProvider.System);
        var stranger = new ConfirmTokenService("some-other-key-0123456789"u8.ToArray(), TimeProvider.System);
        using var args = JsonDocument.Parse("""{"b":1,"a":[1,2]}""");
        using var reordered = JsonDocument.Parse("""{"a":[1,2],"b":1}""");
        var token = issuer.Issue("file_delete_volume", args.RootElement, "alice");

        Assert.Equal(ConfirmTokenStatus.Invalid, await stranger.VerifyAsync(token, "file_delete_volume", args.RootElement, "alice"));
        Assert.Equal(ConfirmTokenStatus.Valid, await replica.VerifyAsync(token, "file_delete_volume", reordered.RootElement, "alice"));
        Assert.Equal(ConfirmTokenStatus.Replayed, await replica.VerifyAsync(token, "file_delete_volume", args.RootElement, "alice"));
    }

    [Fact]
    public void TokenService_ShortConfiguredKey_IsRejectedWithFix()
    {
        var error = Assert.Throws<ArgumentException>(() => ConfirmTokenService.Create("short", TimeProvider.System));

        Assert.Contains("at least 16 characters", error.Message, StringComparison.Ordinal);
    }

    private static string TokenFrom(CallToolResult result)
        => TokenPattern().Match(result.Text()) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No token in: " + result.Text());

    private static string WithToken(string argumentsJson, string token)
        => argumentsJson.TrimEnd('}') + $",\"confirm_token\":\"{token}\"}}";

    [GeneratedRegex("\"confirm_token\": \"(scpc1\\.[^\"]+)\"")]
    private static partial Regex TokenPattern();
}
