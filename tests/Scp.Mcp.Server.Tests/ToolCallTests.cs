using System.Text;
using System.Text.Json;
using Scp.Mcp.Server.Tests.Fixtures;

namespace Scp.Mcp.Server.Tests;

public sealed class ToolCallTests
{
    private const string VolumeId = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task CallTool_ListWithPaging_SendsQueryInSpecOrderAndReturnsObjectAsIs()
    {
        await using var server = await McpTestServer.StartAsync();
        server.Invoker.AnswerJson("file_list_volumes", 200, """{"count":1,"volumes":[{"id":"v1","name":"data","state":"AVAILABLE"}]}""");

        var result = await server.CallAsync("file_list_volumes", """{"limit":20,"offset":40,"name":"data"}""");

        Assert.False(result.IsError);
        var request = Assert.Single(server.Invoker.Requests);
        Assert.Equal([new("offset", "40"), new("limit", "20"), new KeyValuePair<string, string>("name", "data")], request.QueryValues);
        Assert.Equal(1, result.StructuredContent!.Value.GetProperty("count").GetInt32());
        Assert.Contains("\"count\":1", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_ShowById_SubstitutesPathValue()
    {
        await using var server = await McpTestServer.StartAsync();
        server.Invoker.AnswerJson("file_show_volume", 200, $$"""{"id":"{{VolumeId}}","name":"data","state":"AVAILABLE"}""");

        var result = await server.CallAsync("file_show_volume", $$"""{"volume_id":"{{VolumeId}}"}""");

        Assert.False(result.IsError);
        Assert.Equal(VolumeId, Assert.Single(server.Invoker.Requests).PathValues["volume_id"]);
        Assert.Equal("AVAILABLE", result.StructuredContent!.Value.GetProperty("state").GetString());
    }

    [Fact]
    public async Task CallTool_ArrayResponse_WrapsStructuredContentAsResultAndSendsHeader()
    {
        await using var server = await McpTestServer.StartAsync();
        server.Invoker.AnswerJson("file_list_volume_names", 200, """["a","b"]""");

        var result = await server.CallAsync("file_list_volume_names", """{"X-Trace":"t-1"}""");

        Assert.False(result.IsError);
        Assert.Equal("t-1", Assert.Single(server.Invoker.Requests).HeaderValues["X-Trace"]);
        Assert.Equal(["a", "b"], result.StructuredContent!.Value.GetProperty("result").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task CallTool_UpdateWithBody_SendsBodyJsonExactly()
    {
        await using var server = await McpTestServer.StartAsync();
        server.Invoker.AnswerJson("file_update_volume", 200, $$"""{"id":"{{VolumeId}}","name":"data","state":"AVAILABLE"}""");

        var result = await server.CallAsync("file_update_volume", $$$"""{"volume_id":"{{{VolumeId}}}","body":{"description":"nightly"}}""");

        Assert.False(result.IsError);
        var request = Assert.Single(server.Invoker.Requests);
        Assert.Equal("""{"description":"nightly"}""", Encoding.UTF8.GetString(request.JsonBody!.Value.Span));
        Assert.Equal("PUT", request.Operation.Method);
    }

    [Theory]
    [InlineData("""{"volume_id":"0123456789abcdef0123456789abcdef","body":{"description":"x"},"extra":1}""", "extra", "unknown field")]
    [InlineData("""{"body":{"description":"x"}}""", "volume_id", "required field is missing")]
    [InlineData("""{"volume_id":42,"body":{"description":"x"}}""", "volume_id", "expected string but got number")]
    [InlineData("""{"volume_id":"not-a-hex-id","body":{"description":"x"}}""", "volume_id", "does not match the pattern")]
    [InlineData("""{"volume_id":"0123456789abcdef0123456789abcdef","body":{"descripton":"x"}}""", "body.descripton", "unknown field")]
    public async Task CallTool_InvalidArguments_ReturnsErrorNamingFieldAndSendsNothing(string arguments, string field, string problem)
    {
        await using var server = await McpTestServer.StartAsync();

        var result = await server.CallAsync("file_update_volume", arguments);

        Assert.True(result.IsError);
        var line = result.Text().Split('\n').Single(l => l.StartsWith($"- {field}: ", StringComparison.Ordinal));
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.Contains("expected ", line, StringComparison.Ordinal);
        Assert.Contains("nothing was sent to SCP", result.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Fact]
    public async Task CallTool_BadEnumInNestedBody_NamesAllowedValuesAndSendsNothing()
    {
        await using var server = await McpTestServer.StartAsync();

        var result = await server.CallAsync("file_create_volume", """{"body":{"name":"data_vol","protocol":"SMB"}}""");

        Assert.True(result.IsError);
        Assert.Contains("body.protocol: \"SMB\" is not an allowed value; expected one of \"NFS\", \"CIFS\"", result.Text(), StringComparison.Ordinal);
        Assert.Empty(server.Invoker.Requests);
    }

    [Fact]
    public async Task CallTool_ScpErrorEnvelope_ReturnsStatusCodeDetailRequestIdAndHint()
    {
        await using var server = await McpTestServer.StartAsync();
        server.Invoker.Fail("file_show_volume", 404,
            """{"errors":[{"code":"FileStorage.Volume.NotFound","title":"Not Found","status":404,"detail":["volume does not exist"],"request_id":"scp-req-9"}]}""");

        var result = await server.CallAsync("file_show_volume", $$"""{"volume_id":"{{VolumeId}}"}""");

        Assert.True(result.IsError);
        var text = result.Text();
        Assert.Contains("status 404", text, StringComparison.Ordinal);
        Assert.Contains("FileStorage.Volume.NotFound", text, StringComparison.Ordinal);
        Assert.Contains("volume does not exist", text, StringComparison.Ordinal);
        Assert.Contains("scp-req-9", text, StringComparison.Ordinal);
        Assert.Contains("copy it from a list call", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_GatewayErrorShape_ReadsNameAndMessage()
    {
        await using var server = await McpTestServer.StartAsync();
        server.Invoker.Fail("file_list_volumes", 401, """{"status":401,"name":"Unauthorized","message":"invalid signature"}""");

        var result = await server.CallAsync("file_list_volumes");

        Assert.True(result.IsError);
        Assert.Contains("code Unauthorized: invalid signature", result.Text(), StringComparison.Ordinal);
        Assert.Contains("access key and secret key belong together", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_ScpUnreachable_SaysNoResponseWithCodeAndHint()
    {
        await using var server = await McpTestServer.StartAsync();
        server.Invoker.Throw("file_list_volumes",
            new HttpRequestException("Connection refused (filestorage.kr-west1.e.samsungsdscloud.com:443)", new System.Net.Sockets.SocketException(111)));

        var result = await server.CallAsync("file_list_volumes");

        Assert.True(result.IsError);
        var text = result.Text();
        Assert.Contains("status no response, code Unreachable: Connection refused", text, StringComparison.Ordinal);
        Assert.Contains("\"status\":null", text, StringComparison.Ordinal);
        Assert.Contains("SCP could not be reached", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_NoTransportConfigured_ReturnsClearErrorInsteadOfHiddenFailure()
    {
        var settings = new ScpServerOptions();
        using var services = Scp.Mcp.Server.Cli.CliCommands.BuildServices(settings, s =>
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(s, FixtureCatalog.Operations));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await Scp.Mcp.Server.Cli.CliCommands.CallAsync(services, settings, "file_list_volumes", "{}", new ScriptedCallContext(), output, error, default);

        Assert.Equal(1, exit);
        Assert.Contains("No SCP backend is configured", error.ToString(), StringComparison.Ordinal);
    }
}
