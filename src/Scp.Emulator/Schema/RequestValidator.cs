using System.Buffers;
using System.Text.Json;
using Scp.Emulator.Behaviour;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Emulator.Schema;

/// <summary>
/// Checks a request exactly as the MCP server checks a tool call: its path, query and header values (turned into JSON
/// by each parameter's schema) and its body form the same arguments object, validated by the SDK's
/// <see cref="ScpArgumentValidator"/> against the same composed input schema with the same options.
/// </summary>
internal static class RequestValidator
{
    /// <summary>Every way the request breaks its operation's schema; empty when it is valid.</summary>
    public static IReadOnlyList<ScpValidationError> Validate(EmulatorRequest request, JsonElement? body, SchemaSet schemas)
    {
        var operation = request.Route.Operation;
        var arguments = Arguments(request, body, schemas);
        return ScpArgumentValidator.Validate(arguments, ScpSchemaComposer.Compose(operation).Input, closedObjects: true);
    }

    /// <summary>Parses the body; returns a message when it is not JSON. An empty body gives null.</summary>
    public static string? ParseBody(ReadOnlySpan<byte> bytes, out JsonElement? body)
    {
        body = null;
        if (bytes.IsEmpty || bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            body = JsonElement.Parse(bytes);
            return null;
        }
        catch (JsonException ex)
        {
            return $"The request body is not valid JSON: {ex.Message}";
        }
    }

    /// <summary>The tool-arguments object: each parameter given, by wire name, plus <c>body</c>.</summary>
    private static JsonElement Arguments(EmulatorRequest request, JsonElement? body, SchemaSet schemas)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var parameter in request.Route.Operation.Parameters)
            {
                var values = RawValues(request, parameter);
                if (values is null)
                {
                    continue;
                }

                json.WritePropertyName(parameter.Name);
                WriteRaw(json, values, schemas.Resolve(SchemaSet.Parse(parameter.SchemaJson)), schemas);
            }

            if (body is { } given && request.Route.Operation.BodySchemaJson is not null)
            {
                json.WritePropertyName(ScpSchemaComposer.BodyPropertyName);
                given.WriteTo(json);
            }

            json.WriteEndObject();
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    /// <summary>The raw values of a parameter; null when it is absent (an empty query value counts as absent).</summary>
    private static IReadOnlyList<string>? RawValues(EmulatorRequest request, ScpParameterDescriptor parameter)
    {
        IReadOnlyList<string>? values = parameter.Location switch
        {
            ScpParameterLocation.Path => request.Route.PathValues.TryGetValue(parameter.Name, out var p) ? [p] : null,
            ScpParameterLocation.Query => request.Query.TryGetValue(parameter.Name, out var q) && q.Count > 0 ? q : null,
            _ => request.Header(parameter.Name) is { } h ? [h] : null,
        };
        return values is [""] && parameter.Location == ScpParameterLocation.Query ? null : values;
    }

    /// <summary>
    /// Writes raw strings as the JSON value the schema asks for: an array from repeated values, a number or boolean
    /// when the text is one, otherwise the text as a string (so the validator names the expected type).
    /// </summary>
    private static void WriteRaw(Utf8JsonWriter json, IReadOnlyList<string> values, JsonElement? schema, SchemaSet schemas)
    {
        var type = SchemaSet.TypeOf(schema);
        if (type == "array")
        {
            var items = schemas.Resolve(SchemaSet.Keyword(schema, "items"));
            json.WriteStartArray();
            foreach (var value in values)
            {
                WriteScalar(json, value, SchemaSet.TypeOf(items));
            }

            json.WriteEndArray();
            return;
        }

        if (values.Count == 1)
        {
            WriteScalar(json, values[0], type);
            return;
        }

        json.WriteStartArray(); // given more than once where one value is expected: the validator says so
        foreach (var value in values)
        {
            WriteScalar(json, value, type);
        }

        json.WriteEndArray();
    }

    private static void WriteScalar(Utf8JsonWriter json, string raw, string? type)
    {
        if (type is "integer" or "number" or "boolean" && TryParseLiteral(raw) is { } literal
            && (literal.ValueKind == JsonValueKind.Number) == (type != "boolean"))
        {
            literal.WriteTo(json);
            return;
        }

        json.WriteStringValue(raw);
    }

    private static JsonElement? TryParseLiteral(string raw)
    {
        try
        {
            return JsonElement.Parse(raw) is { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } literal ? literal : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
