using System.Text.Json;
using ModelContextProtocol.Protocol;
using Scp.Mcp.Server.Tests.Fixtures;

namespace Scp.Mcp.Server.Tests;

public sealed class AuditLogTests : IDisposable
{
    private const string Secret = "Sup3r-Secret-Pa55";
    private readonly string _path = Path.Combine(Path.GetTempPath(), "scp-mcp-audit-" + Guid.NewGuid().ToString("N") + ".jsonl");

    [Fact]
    public async Task WriteCall_AppendsOneRecordWithTargetsOutcomeAndRequestIdButNoSecret()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { AuditLogPath = _path });
        server.Invoker.AnswerJson("file_create_volume", 200, """{"request_id":"scp-req-7","resource_id":"0123456789abcdef0123456789abcdef"}""");

        var result = await server.CallAsync("file_create_volume",
            $$$"""{"body":{"name":"data_vol","protocol":"CIFS","cifs_password":"{{{Secret}}}"}}""");

        Assert.False(result.IsError);
        var text = await File.ReadAllTextAsync(_path);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        var record = JsonDocument.Parse(Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal("file_create_volume", record.GetProperty("tool").GetString());
        Assert.Equal("CreateVolume", record.GetProperty("operation").GetProperty("operationId").GetString());
        Assert.Equal("write", record.GetProperty("operation").GetProperty("safety").GetString());
        Assert.Equal("0123456789abcdef0123456789abcdef", record.GetProperty("targets").GetProperty("response.resource_id").GetString());
        Assert.Equal("[REDACTED]", record.GetProperty("arguments").GetProperty("body").GetProperty("cifs_password").GetString());
        Assert.Equal("data_vol", record.GetProperty("arguments").GetProperty("body").GetProperty("name").GetString());
        Assert.Equal("succeeded", record.GetProperty("outcome").GetString());
        Assert.Equal("req-1", record.GetProperty("request_id").GetString());
        Assert.True(DateTimeOffset.TryParse(record.GetProperty("time").GetString(), out _));
    }

    [Theory]
    [InlineData(null, "succeeded; confirmed by the user (multi round-trip request)")]
    [InlineData("2025-11-25", "succeeded; confirmed by the user")]
    public async Task DestructiveCalls_RecordConfirmedAndDeclinedOutcomesWithTargetIds(string? protocolVersion, string confirmed)
    {
        var answers = new Queue<string>(["accept", "decline"]);
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { AuditLogPath = _path },
            elicit: _ => new ElicitResult { Action = answers.Dequeue() }, protocolVersion: protocolVersion);
        server.Invoker.AnswerJson("file_delete_volume", 204, string.Empty);

        await server.CallAsync("file_delete_volume", """{"volume_id":"0123456789abcdef0123456789abcdef"}""");
        await server.CallAsync("file_delete_volume", """{"volume_id":"fedcba9876543210fedcba9876543210"}""");

        var records = (await File.ReadAllLinesAsync(_path)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(confirmed, records[0].GetProperty("outcome").GetString());
        Assert.Equal(204, records[0].GetProperty("status").GetInt32());
        Assert.Equal("0123456789abcdef0123456789abcdef", records[0].GetProperty("targets").GetProperty("volume_id").GetString());
        Assert.Equal("not sent: declined", records[1].GetProperty("outcome").GetString());
        Assert.Equal("fedcba9876543210fedcba9876543210", records[1].GetProperty("targets").GetProperty("volume_id").GetString());
    }

    [Fact]
    public async Task ReadCall_AppendsNothing()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { AuditLogPath = _path });

        await server.CallAsync("file_list_volumes");

        Assert.False(File.Exists(_path));
    }

    [Fact]
    public async Task FailedWrite_RecordsFailureStatusAndScpRequestId()
    {
        await using var server = await McpTestServer.StartAsync(new ScpServerOptions { AuditLogPath = _path });
        server.Invoker.Fail("file_update_volume", 409, """{"errors":[{"code":"Conflict","title":"Conflict","status":409,"detail":"busy","request_id":"scp-req-409"}]}""");

        await server.CallAsync("file_update_volume", """{"volume_id":"0123456789abcdef0123456789abcdef","body":{}}""");

        var record = JsonDocument.Parse(Assert.Single(await File.ReadAllLinesAsync(_path))).RootElement;
        Assert.Equal("failed", record.GetProperty("outcome").GetString());
        Assert.Equal(409, record.GetProperty("status").GetInt32());
        Assert.Equal("scp-req-409", record.GetProperty("request_id").GetString());
    }

    [Fact]
    public void Append_PathDash_WritesTheLineToStandardOutputNotAFile()
    {
        using var stdout = new StringWriter();
        var log = new Scp.Mcp.Server.Safety.AuditLog("-", stdout);
        using var arguments = JsonDocument.Parse($$$"""{"body":{"name":"vol","cifs_password":"{{{Secret}}}"}}""");

        log.Append(new Scp.Mcp.Server.Safety.AuditRecord
        {
            Time = DateTimeOffset.UnixEpoch,
            Operation = FixtureCatalog.Operations.First(o => o.ToolName == "file_create_volume"),
            Arguments = arguments.RootElement,
            Targets = [],
            Outcome = "succeeded",
            Status = 200,
            RequestId = "req-9",
        });

        var line = Assert.Single(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("file_create_volume", JsonDocument.Parse(line).RootElement.GetProperty("tool").GetString());
        Assert.DoesNotContain(Secret, line, StringComparison.Ordinal);
        Assert.False(File.Exists("-"));
    }

    public void Dispose()
    {
        if (File.Exists(_path))
        {
            File.Delete(_path);
        }
    }
}
