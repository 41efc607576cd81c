using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Scp.Mcp.Server.Safety;
using Scp.Mcp.Server.Tools;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Mcp.Server.Modes;

/// <summary>
/// <c>--tool-mode discover</c>: four meta-tools instead of one tool per operation — search operations by meaning,
/// describe one, call a read operation, call a write operation (destructive ones pass the same gate) — so the
/// whole API costs about a thousand tokens of tool definitions, with meaningful annotations.
/// </summary>
internal static class DiscoverMode
{
    /// <summary>Tool names of the meta-tools.</summary>
    public const string SearchName = "scp_search_operations", DescribeName = "scp_describe_operation",
        CallReadName = "scp_call_read", CallWriteName = "scp_call_write";

    /// <summary>True for the name of a meta-tool.</summary>
    public static bool IsMetaTool(string toolName) => toolName is SearchName or DescribeName or CallReadName or CallWriteName;

    /// <summary>Creates the meta-tools over <paramref name="operations"/> (already filtered).</summary>
    public static IReadOnlyList<McpServerTool> Create(IReadOnlyList<ScpOperationDescriptor> operations, ScpServerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(settings);
        var byName = operations.ToDictionary(o => o.ToolName, StringComparer.Ordinal);
        var dialect = settings.SchemaDialect;
        var search = new Lazy<OperationSearch>(() => new OperationSearch(operations));
        var tools = new List<McpServerTool>
        {
            new SearchTool(
                Define(SearchName, "Search SCP operations",
                    "Find Samsung Cloud Platform operations (storage, backup, AI/ML) for a request in plain English or Korean, best first. Each hit gives the tool, its safety, purpose and required arguments: call it with scp_call_read/scp_call_write, or describe it first for the full schema.",
                    """{"type":"object","properties":{"query":{"type":"string","description":"What you want to do, e.g. 'free the space of an old disk snapshot'"},"limit":{"type":"integer","minimum":1,"maximum":50,"description":"Default 5"}},"required":["query"],"additionalProperties":false}""",
                    readOnly: true, destructive: false, dialect),
                search,
                (index, arguments) => Search(index, settings.SchemaDialect, arguments)),
            new DelegateTool(
                Define(DescribeName, "Describe an SCP operation",
                    "Full description, safety class and JSON input/output schemas of one operation, by tool name.",
                    """{"type":"object","properties":{"tool":{"type":"string","description":"Tool name from the search"}},"required":["tool"],"additionalProperties":false}""",
                    readOnly: true, destructive: false, dialect),
                (request, _) => Task.FromResult(Describe(byName, settings, request.Params?.Arguments))),
            new DelegateTool(
                Define(CallReadName, "Call a read SCP operation",
                    "Run a read-only operation by tool name; arguments follow its inputSchema (see describe).",
                    CallSchema(withToken: false),
                    readOnly: true, destructive: false, dialect),
                (request, ct) => CallAsync(byName, request, read: true, ct)),
        };
        if (!settings.ReadOnly)
        {
            tools.Add(new DelegateTool(
                Define(CallWriteName, "Call a write SCP operation",
                    "Run a write or destructive operation by tool name; arguments follow its inputSchema. Destructive ones run only after a person confirms.",
                    CallSchema(withToken: settings.Confirm == ConfirmPolicy.Token),
                    readOnly: false, destructive: true, dialect),
                (request, ct) => CallAsync(byName, request, read: false, ct)));
        }

        return tools;
    }

    private static string CallSchema(bool withToken)
        => """{"type":"object","properties":{"tool":{"type":"string"},"arguments":{"type":"object"}"""
            + (withToken ? ""","confirm_token":{"type":"string","description":"From a first call of a destructive operation"}""" : string.Empty)
            + """},"required":["tool"],"additionalProperties":false}""";

    private static Tool Define(string name, string title, string description, string schema, bool readOnly, bool destructive, ScpSchemaDialect dialect)
    {
        return new Tool
        {
            Name = name,
            Title = title,
            Description = description,
            InputSchema = ScpSchemaComposer.ToDialect(JsonElement.Parse(schema), dialect),
            Annotations = new ToolAnnotations
            {
                Title = title,
                ReadOnlyHint = readOnly,
                DestructiveHint = destructive,
                IdempotentHint = false,
                OpenWorldHint = !readOnly || name == CallReadName,
            },
        };
    }

    private static CallToolResult Search(OperationSearch search, ScpSchemaDialect dialect, IDictionary<string, JsonElement>? arguments)
    {
        var query = Text(arguments, "query") ?? string.Empty;
        var limit = arguments is not null && arguments.TryGetValue("limit", out var l) && l.TryGetInt32(out var n) ? Math.Clamp(n, 1, 50) : 5;
        var results = new JsonArray();
        foreach (var operation in search.Search(query, limit))
        {
            results.Add((JsonNode)Hit(operation, dialect));
        }

        return ResultBuilder.Success(ToElement(new JsonObject { ["results"] = results }));
    }

    /// <summary>
    /// One search hit, enough to call without a describe round trip when the arguments are simple: the tool, its
    /// safety, a one-line purpose and the required arguments as <c>name: type</c>.
    /// </summary>
    internal static JsonObject Hit(ScpOperationDescriptor operation, ScpSchemaDialect dialect)
    {
        var schema = ScpSchemaComposer.GetInputSchema(operation, dialect);
        var required = new JsonObject();
        if (schema.TryGetProperty("required", out var names) && names.ValueKind == JsonValueKind.Array
            && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var name in names.EnumerateArray())
            {
                var key = name.GetString()!;
                required[key] = properties.TryGetProperty(key, out var property) ? TypeName(property) : "any";
            }
        }

        return new JsonObject
        {
            ["tool"] = operation.ToolName,
            ["safety"] = ToolFactory.SafetyName(operation.Safety),
            ["purpose"] = operation.Title,
            ["required"] = required,
        };
    }

    private static string TypeName(JsonElement property)
    {
        if (property.TryGetProperty("type", out var type))
        {
            return type.ValueKind == JsonValueKind.String
                ? type.GetString()!
                : string.Join("|", type.EnumerateArray().Select(t => t.GetString()).Where(t => t != "null"));
        }

        return property.TryGetProperty("enum", out _) ? "string" : "object";
    }

    private static CallToolResult Describe(
        Dictionary<string, ScpOperationDescriptor> byName, ScpServerOptions settings, IDictionary<string, JsonElement>? arguments)
    {
        var name = Text(arguments, "tool");
        if (name is null || !byName.TryGetValue(name, out var operation))
        {
            return Unknown(name);
        }

        var tool = ToolFactory.CreateTool(operation, settings);
        var annotations = tool.Annotations!;
        var description = new JsonObject
        {
            ["tool"] = tool.Name,
            ["title"] = tool.Title,
            ["description"] = tool.Description,
            ["safety"] = ToolFactory.SafetyName(operation.Safety),
            ["call_with"] = operation.Safety == ScpSafety.Read ? CallReadName : CallWriteName,
            ["annotations"] = new JsonObject
            {
                ["readOnlyHint"] = annotations.ReadOnlyHint,
                ["destructiveHint"] = annotations.DestructiveHint,
                ["idempotentHint"] = annotations.IdempotentHint,
                ["openWorldHint"] = annotations.OpenWorldHint,
            },
            ["inputSchema"] = JsonNode.Parse(tool.InputSchema.GetRawText()),
            ["outputSchema"] = tool.OutputSchema is { } output ? JsonNode.Parse(output.GetRawText()) : null,
            ["_meta"] = ToolFactory.OperationMeta(operation),
        };
        return ResultBuilder.Success(ToElement(description));
    }

    private static async Task<CallToolResult> CallAsync(
        Dictionary<string, ScpOperationDescriptor> byName, RequestContext<CallToolRequestParams> request, bool read, CancellationToken cancellationToken)
    {
        var arguments = request.Params?.Arguments;
        var name = Text(arguments, "tool");
        if (name is null || !byName.TryGetValue(name, out var operation))
        {
            return Unknown(name);
        }

        if (read != (operation.Safety == ScpSafety.Read))
        {
            return ResultBuilder.Error(
                $"NOT RUN: {name} is a {ToolFactory.SafetyName(operation.Safety)} operation; call it with {(read ? CallWriteName : CallReadName)}. Nothing was sent to SCP.");
        }

        var inner = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (arguments is not null && arguments.TryGetValue("arguments", out var given))
        {
            if (given.ValueKind != JsonValueKind.Object)
            {
                return ResultBuilder.Error($"Invalid arguments for {name}: 'arguments' must be an object following the operation's inputSchema. Nothing was sent to SCP.");
            }

            foreach (var property in given.EnumerateObject())
            {
                inner[property.Name] = property.Value.Clone();
            }
        }

        return await DelegateTool.RunAsync(request, operation, inner, Text(arguments, ConfirmTokenService.ArgumentName), cancellationToken);
    }

    private static CallToolResult Unknown(string? name) => ResultBuilder.Error(
        $"Unknown or unavailable operation '{name}'. Find tool names with {SearchName}.");

    private static string? Text(IDictionary<string, JsonElement>? arguments, string name)
        => arguments is not null && arguments.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement ToElement(JsonObject node)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(node, ToolJsonContext.Default.JsonObject);
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.Clone();
    }
}
