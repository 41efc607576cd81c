using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

// The suite still tests logging and sampling, which the C# SDK marks obsolete for the 2026-07-28 spec.
#pragma warning disable MCP9005

namespace Scp.Mcp.EndToEnd.Tests.Hosting;

/// <summary>
/// The fixture tools the conformance suite's <c>tools-call-*</c> and <c>elicitation-*</c> scenarios call, with the
/// names, arguments and behaviour each scenario's description asks for. Test-only: they are added beside the real
/// tools by <see cref="ConformanceTestHost"/>, never by scp-mcp itself.
/// </summary>
public static class ConformanceFixtureTools
{
    // A 1x1 red PNG and a tiny (silent) WAV, base64.
    private const string RedPixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    private const string SilentWav = "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=";

    /// <summary>Every fixture tool.</summary>
    public static IReadOnlyList<McpServerTool> Create() =>
    [
        Tool("test_simple_text", "Returns a simple text response.", () => Result("""{"content":[{"type":"text","text":"This is a simple text response for testing."}]}""")),
        Tool("test_image_content", "Returns a 1x1 PNG.", () => Result($$"""{"content":[{"type":"image","data":"{{RedPixelPng}}","mimeType":"image/png"}]}""")),
        Tool("test_audio_content", "Returns a tiny WAV.", () => Result($$"""{"content":[{"type":"audio","data":"{{SilentWav}}","mimeType":"audio/wav"}]}""")),
        Tool("test_embedded_resource", "Returns an embedded text resource.", () => Result(
            """{"content":[{"type":"resource","resource":{"uri":"test://embedded-resource","mimeType":"text/plain","text":"This is an embedded resource content."}}]}""")),
        Tool("test_multiple_content_types", "Returns text, image and resource content.", () => Result($$$"""
            {"content":[{"type":"text","text":"Multiple content types test:"},
              {"type":"image","data":"{{{RedPixelPng}}}","mimeType":"image/png"},
              {"type":"resource","resource":{"uri":"test://mixed-content-resource","mimeType":"application/json","text":"{\"test\":\"data\",\"value\":123}"}}]}
            """)),
        Tool("test_error_handling", "Always fails.", () => Result("""{"isError":true,"content":[{"type":"text","text":"This tool intentionally returns an error for testing"}]}""")),
        Tool("test_tool_with_logging", "Sends three info log notifications.", WithLoggingAsync),
        Tool("test_tool_with_progress", "Reports progress 0, 50 and 100 of 100.", WithProgressAsync),
        Tool("test_sampling", "Asks the client's LLM.", SamplingAsync),
        Tool("test_elicitation", "Asks the user for a username and email.", ElicitationAsync),
        Tool("test_elicitation_sep1034_defaults", "Elicitation with defaults for every primitive type.", ElicitDefaultsAsync),
        Tool("test_elicitation_sep1330_enums", "Elicitation with the five enum schema variants.", ElicitEnumsAsync),
        JsonSchema2020Tool(),
    ];

    private static McpServerTool JsonSchema2020Tool()
    {
        var tool = Tool("json_schema_2020_12_tool", "Tool with JSON Schema 2020-12 features", () => Text("ok"));
        tool.ProtocolTool.InputSchema = JsonDocument.Parse("""
            {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
             "$defs":{"address":{"type":"object","properties":{"street":{"type":"string"},"city":{"type":"string"}}}},
             "properties":{"name":{"type":"string"},"address":{"$ref":"#/$defs/address"}},"additionalProperties":false}
            """).RootElement.Clone();
        return tool;
    }

    private static McpServerTool Tool(string name, string description, Delegate handler) =>
        McpServerTool.Create(handler, new McpServerToolCreateOptions { Name = name, Description = description });

    private static CallToolResult Result(string json) =>
        JsonSerializer.Deserialize<CallToolResult>(json, McpJsonUtilities.DefaultOptions)!;

    private static CallToolResult Text(string text) => new() { Content = [new TextContentBlock { Text = text }] };

    private static async Task<CallToolResult> WithLoggingAsync(McpServer server, CancellationToken cancellationToken)
    {
        string[] messages = ["Tool execution started", "Tool processing data", "Tool execution completed"];
        for (var i = 0; i < messages.Length; i++)
        {
            if (i > 0)
            {
                await Task.Delay(50, cancellationToken);
            }

            var payload = new JsonObject { ["level"] = "info", ["logger"] = "conformance-fixture", ["data"] = messages[i] };
            await server.SendNotificationAsync(NotificationMethods.LoggingMessageNotification, payload, McpJsonUtilities.DefaultOptions, cancellationToken);
        }

        return Text("Tool with logging executed successfully");
    }

    private static async Task<CallToolResult> WithProgressAsync(RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken)
    {
        var token = context.Params?.ProgressToken;
        foreach (var progress in new[] { 0, 50, 100 })
        {
            if (progress > 0)
            {
                await Task.Delay(50, cancellationToken);
            }

            if (token is { } t)
            {
                await context.Server.NotifyProgressAsync(t, new ProgressNotificationValue { Progress = progress, Total = 100 }, cancellationToken: cancellationToken);
            }
        }

        return Text("Tool with progress executed successfully");
    }

    private static async Task<CallToolResult> SamplingAsync(McpServer server, string prompt, CancellationToken cancellationToken)
    {
        if (server.ClientCapabilities?.Sampling is null)
        {
            throw new McpException("This client does not support sampling.");
        }

        var request = new JsonObject
        {
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = new JsonObject { ["type"] = "text", ["text"] = prompt } }),
            ["maxTokens"] = 100,
        };
        var answer = await server.SampleAsync(request.Deserialize<CreateMessageRequestParams>(McpJsonUtilities.DefaultOptions)!, cancellationToken);
        return Text("LLM response: " + JsonSerializer.Serialize(answer.Content, McpJsonUtilities.DefaultOptions));
    }

    private static Task<CallToolResult> ElicitationAsync(McpServer server, string message, CancellationToken cancellationToken) =>
        ElicitAsync(server, "User response: ", $$$"""
            {"message":{{{JsonSerializer.Serialize(message)}}},"requestedSchema":{"type":"object","properties":{
              "username":{"type":"string","description":"User's response"},
              "email":{"type":"string","description":"User's email address"}},"required":["username","email"]}}
            """, cancellationToken);

    private static Task<CallToolResult> ElicitDefaultsAsync(McpServer server, CancellationToken cancellationToken) =>
        ElicitAsync(server, "Elicitation completed: ", """
            {"message":"Please review and update the form fields with defaults","requestedSchema":{"type":"object","properties":{
              "name":{"type":"string","description":"User name","default":"John Doe"},
              "age":{"type":"integer","description":"User age","default":30},
              "score":{"type":"number","description":"User score","default":95.5},
              "status":{"type":"string","description":"User status","enum":["active","inactive","pending"],"default":"active"},
              "verified":{"type":"boolean","description":"Verification status","default":true}}}}
            """, cancellationToken);

    private static Task<CallToolResult> ElicitEnumsAsync(McpServer server, CancellationToken cancellationToken) =>
        ElicitAsync(server, "Elicitation completed: ", """
            {"message":"Please select options from the enum fields","requestedSchema":{"type":"object","properties":{
              "untitledSingle":{"type":"string","description":"Select one option","enum":["option1","option2","option3"]},
              "titledSingle":{"type":"string","description":"Select one option with titles","oneOf":[
                {"const":"value1","title":"First Option"},{"const":"value2","title":"Second Option"},{"const":"value3","title":"Third Option"}]},
              "legacyEnum":{"type":"string","description":"Select one option (legacy)","enum":["opt1","opt2","opt3"],
                "enumNames":["Option One","Option Two","Option Three"]},
              "untitledMulti":{"type":"array","description":"Select multiple options","items":{"type":"string","enum":["option1","option2","option3"]}},
              "titledMulti":{"type":"array","description":"Select multiple options with titles","items":{"anyOf":[
                {"const":"value1","title":"First Choice"},{"const":"value2","title":"Second Choice"},{"const":"value3","title":"Third Choice"}]}}}}}
            """, cancellationToken);

    private static async Task<CallToolResult> ElicitAsync(McpServer server, string prefix, string requestJson, CancellationToken cancellationToken)
    {
        if (server.ClientCapabilities?.Elicitation is null)
        {
            throw new McpException("This client does not support elicitation.");
        }

        var request = JsonSerializer.Deserialize<ElicitRequestParams>(requestJson, McpJsonUtilities.DefaultOptions)!;
        var answer = await server.ElicitAsync(request, cancellationToken);
        var content = answer.Content is null ? "{}" : JsonSerializer.Serialize(answer.Content, McpJsonUtilities.DefaultOptions);
        return Text($"{prefix}action={answer.Action}, content={content}");
    }
}
