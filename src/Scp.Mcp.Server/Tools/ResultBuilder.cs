using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;
using Scp.Sdk.Errors;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tools;

/// <summary>Turns SCP answers, SCP errors and refusals into MCP tool results.</summary>
internal static class ResultBuilder
{
    /// <summary>The structured content of a response: the JSON body, wrapped as <c>{"result": …}</c> when it is not an object.</summary>
    public static JsonElement StructuredContent(ScpOperationResponse response, bool wrapped)
    {
        ArgumentNullException.ThrowIfNull(response);
        JsonNode? body = null;
        if (!response.Body.IsEmpty)
        {
            try
            {
                // The common case, an object answer, is parsed once into the element kept (no node tree, no re-write, no copy).
                var reader = new Utf8JsonReader(response.Body.Span);
                var element = JsonElement.ParseValue(ref reader);
                if (!wrapped && element.ValueKind == JsonValueKind.Object && !reader.Read())
                {
                    return element; // Read throws on anything after the value, as parsing the whole body did
                }

                body = JsonNode.Parse(response.Body.Span);
            }
            catch (JsonException)
            {
                body = JsonValue.Create(Encoding.UTF8.GetString(response.Body.Span));
            }
        }

        var content = !wrapped && body is JsonObject obj
            ? obj
            : new JsonObject { [ScpSchemaComposer.ResultPropertyName] = body };
        return ToElement(content);
    }

    /// <summary>
    /// <paramref name="structured"/> made to fit <paramref name="outputSchema"/> (the schema the tool published), with
    /// the same validator as tool arguments: every value at a path that breaks the schema is left out (an array item
    /// is removed), until it fits. Returns the paths left out — never the values; empty when the answer fitted as sent.
    /// Output schemas promise little (<c>OutputSchemaRelaxer</c>), so this is rare: a string where the docs say number.
    /// </summary>
    public static (JsonElement Structured, IReadOnlyList<string> LeftOut) FitToSchema(JsonElement structured, JsonElement outputSchema)
    {
        var errors = ScpArgumentValidator.Validate(structured, outputSchema);
        if (errors.Count == 0)
        {
            return (structured, []);
        }

        var leftOut = new List<string>();
        var node = JsonNode.Parse(structured.GetRawText()) as JsonObject ?? [];
        for (var pass = 0; pass < 8 && errors.Count > 0; pass++)
        {
            var removed = false;
            foreach (var path in errors.Select(e => e.Path).Distinct(StringComparer.Ordinal).OrderByDescending(JsonPath.SortKey, StringComparer.Ordinal))
            {
                if (JsonPath.Remove(node, path))
                {
                    leftOut.Add(path);
                    removed = true;
                }
            }

            var element = ToElement(node);
            errors = ScpArgumentValidator.Validate(element, outputSchema);
            if (errors.Count == 0)
            {
                return (element, leftOut);
            }

            if (!removed)
            {
                break;
            }
        }

        // Nothing left to remove, and still not fitting: an empty object fits every output schema (nothing is required).
        leftOut.AddRange(errors.Select(e => e.Path.Length == 0 ? "(root)" : e.Path));
        return (ToElement(new JsonObject()), leftOut.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// A successful call: structured content plus a compact text copy. <paramref name="raw"/> is the answer as SCP sent
    /// it when <paramref name="structured"/> had to leave values out to fit the output schema: the text then carries the
    /// raw answer, so nothing SCP sent is lost.
    /// </summary>
    public static CallToolResult Success(JsonElement structured, string? note = null, JsonElement? raw = null)
    {
        var text = TextCopy(raw ?? structured);
        return new CallToolResult
        {
            StructuredContent = structured,
            Content = [new TextContentBlock { Text = note is null ? text : note + "\n" + text }],
            IsError = false,
        };
    }

    /// <summary>Arguments that break the schema: every error, with the path and expected shape; nothing was sent.</summary>
    public static CallToolResult InvalidArguments(string toolName, IReadOnlyList<ScpValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = new StringBuilder()
            .Append("Invalid arguments for ").Append(toolName).Append("; nothing was sent to SCP.\n");
        foreach (var error in errors)
        {
            text.Append("- ").Append(error).Append('\n');
        }

        text.Append("Fix these fields to match the tool's inputSchema and call again.");
        return Error(text.ToString());
    }

    /// <summary>An SCP error: status, code, detail, request id and a hint the agent can act on.</summary>
    public static CallToolResult ScpFailure(ScpOperationDescriptor operation, ScpError error, string region)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(error);
        var status = error.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "no response";
        var json = new JsonObject
        {
            ["status"] = error.StatusCode,
            ["code"] = error.Code,
            ["title"] = error.Title,
            ["detail"] = error.Detail,
            ["request_id"] = error.RequestId,
            ["hint"] = Hint(operation, error, region),
        };
        var text = $"SCP error from {operation.ToolName} ({operation.Method} {operation.PathTemplate}): status {status}"
            + (error.Code is null ? string.Empty : $", code {error.Code}")
            + (error.Detail is null ? string.Empty : $": {error.Detail}")
            + "\n" + json.ToJsonString(ToolJsonContext.Default.Options);
        return Error(text);
    }

    /// <summary>An error result carrying only text.</summary>
    public static CallToolResult Error(string text) => new()
    {
        Content = [new TextContentBlock { Text = text }],
        IsError = true,
    };

    // The SDK's hint table, plus the one case only the server makes: a call it refused to send (ScpErrorTranslator).
    private static string Hint(ScpOperationDescriptor operation, ScpError error, string region) =>
        error.StatusCode is null && error.Code == "NotSent"
            ? "Nothing was sent to SCP: fix the server configuration described in the detail."
            : ScpErrorParser.HintFor(error.StatusCode, operation.Api.Product, region, operation.Safety) ?? "See the detail; fix the request and call again.";

    /// <summary>
    /// The compact JSON text of <paramref name="element"/> with non-ASCII as UTF-8 (Korean names stay readable, one token or
    /// so per character instead of a <c>\uXXXX</c> escape each). Valid JSON; the transport escapes what it must.
    /// </summary>
    public static string TextCopy(JsonElement element)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static JsonElement ToElement(JsonNode node)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(node, ToolJsonContext.Default.JsonNode);
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.Clone();
    }
}
