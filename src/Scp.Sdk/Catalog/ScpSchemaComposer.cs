using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Sdk.Catalog;

/// <summary>
/// Composes an operation's tool schemas at run time from its descriptor and its spec's component schemas
/// (the generator emits components once per spec; inlining them per operation would explode the source).
/// Input: <c>{"type":"object","properties":{…parameters by wire name…,"body":…},"required":[…],
/// "additionalProperties":false,"$defs":{…reachable components…}}</c>. Output: the first 2xx response schema
/// with content, wrapped as <c>{"result": …}</c> when it is not an object. Results are cached per descriptor.
/// AOT-safe: JsonNode only.
/// </summary>
public static class ScpSchemaComposer
{
    /// <summary>Name of the input property that carries the request body.</summary>
    public const string BodyPropertyName = "body";

    /// <summary>Name of the output property that carries a non-object response.</summary>
    public const string ResultPropertyName = "result";

    private static readonly ConditionalWeakTable<ScpOperationDescriptor, ScpComposedSchemas[]> Cache = new();
    private static readonly ConditionalWeakTable<ScpApiDescriptor, JsonObject> Components = new();

    /// <summary>Returns the composed (cached) input and output schemas of <paramref name="operation"/>.</summary>
    public static ScpComposedSchemas Compose(ScpOperationDescriptor operation, ScpSchemaDialect dialect = ScpSchemaDialect.Default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var slots = Cache.GetValue(operation, static _ => new ScpComposedSchemas[2]);
        var index = (int)dialect;
        var cached = Volatile.Read(ref slots[index]);
        if (cached is not null)
        {
            return cached;
        }

        var composed = Build(operation, dialect);
        Interlocked.CompareExchange(ref slots[index], composed, null);
        return slots[index];
    }

    /// <summary>The input schema of <paramref name="operation"/>.</summary>
    public static JsonElement GetInputSchema(ScpOperationDescriptor operation, ScpSchemaDialect dialect = ScpSchemaDialect.Default)
        => Compose(operation, dialect).Input;

    /// <summary>The output schema of <paramref name="operation"/> (always an object schema).</summary>
    public static JsonElement GetOutputSchema(ScpOperationDescriptor operation, ScpSchemaDialect dialect = ScpSchemaDialect.Default)
        => Compose(operation, dialect).Output;

    /// <summary>The first 2xx response that documents a body, or null.</summary>
    public static ScpResponseDescriptor? GetSuccessResponse(ScpOperationDescriptor operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        foreach (var response in operation.Responses)
        {
            if (response.StatusCode is >= 200 and < 300 && response.SchemaJson is not null)
            {
                return response;
            }
        }

        return null;
    }

    private static ScpComposedSchemas Build(ScpOperationDescriptor operation, ScpSchemaDialect dialect)
    {
        var components = Components.GetValue(operation.Api, static api => ParseComponents(api));
        var input = BuildInput(operation, components);
        var (output, wrapped) = BuildOutput(operation, components);
        if (dialect == ScpSchemaDialect.Flat)
        {
            input = SchemaFlattener.Flatten(input);
            output = SchemaFlattener.Flatten(output);
        }

        return new ScpComposedSchemas(ToElement(input), ToElement(output), wrapped);
    }

    private static JsonObject BuildInput(ScpOperationDescriptor operation, JsonObject components)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        var defs = new SchemaDefinitions(components);
        foreach (var parameter in operation.Parameters)
        {
            var schema = defs.Import(ParseSchema(parameter.SchemaJson, operation, parameter.Name));
            if (!string.IsNullOrWhiteSpace(parameter.Description) && !schema.ContainsKey("description"))
            {
                schema["description"] = parameter.Description;
            }

            properties[parameter.Name] = schema;
            if (parameter.Required)
            {
                required.Add((JsonNode)JsonValue.Create(parameter.Name));
            }
        }

        if (operation.BodySchemaJson is not null)
        {
            var body = defs.Import(ParseSchema(operation.BodySchemaJson, operation, BodyPropertyName));
            if (!body.ContainsKey("description"))
            {
                body["description"] = "Request body (JSON).";
            }

            properties[BodyPropertyName] = body;
            if (operation.BodyRequired)
            {
                required.Add((JsonNode)JsonValue.Create(BodyPropertyName));
            }
        }

        var root = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
        };
        if (required.Count > 0)
        {
            root["required"] = required;
        }

        root["additionalProperties"] = false;
        defs.AttachTo(root);
        return root;
    }

    private static (JsonObject Schema, bool Wrapped) BuildOutput(ScpOperationDescriptor operation, JsonObject components)
    {
        var defs = new SchemaDefinitions(components);
        var response = GetSuccessResponse(operation);
        JsonObject root;
        var wrapped = true;
        if (response?.SchemaJson is { } text)
        {
            var schema = defs.Import(ParseSchema(text, operation, "response"));
            var resolved = defs.ResolveRoot(schema);
            if (resolved is not null && IsObjectSchema(resolved))
            {
                // Inlined root: collect again so $defs holds only what the inlined schema still references.
                defs = new SchemaDefinitions(components);
                root = defs.Import(resolved);
                root["type"] = "object";
                wrapped = false;
            }
            else
            {
                root = Wrap(schema);
            }
        }
        else
        {
            root = Wrap(new JsonObject { ["description"] = "The response body, when SCP sends one." });
        }

        defs.AttachTo(root);
        return (root, wrapped);
    }

    private static JsonObject Wrap(JsonObject schema) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject { [ResultPropertyName] = schema },
    };

    private static bool IsObjectSchema(JsonObject schema)
    {
        var type = schema["type"];
        if (type is JsonValue value)
        {
            return value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == "object";
        }

        if (type is JsonArray types)
        {
            return types.Any(t => t?.GetValueKind() == JsonValueKind.String && t.GetValue<string>() == "object");
        }

        return type is null && schema.ContainsKey("properties");
    }

    private static JsonObject ParseSchema(string json, ScpOperationDescriptor operation, string what)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject
                ?? throw new InvalidOperationException($"Schema of '{what}' in {operation} is not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Schema of '{what}' in {operation} is not valid JSON: {ex.Message}", ex);
        }
    }

    private static JsonObject ParseComponents(ScpApiDescriptor api)
    {
        if (string.IsNullOrWhiteSpace(api.ComponentsJson))
        {
            return new JsonObject();
        }

        return JsonNode.Parse(api.ComponentsJson) as JsonObject
            ?? throw new InvalidOperationException($"Component schemas of {api} ({api.SpecPath}) are not a JSON object.");
    }

    private static JsonElement ToElement(JsonObject node)
    {
        // JsonNode.WriteTo needs no serializer metadata, so this stays AOT-safe without a JsonSerializerContext.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
