using System.Text.Json.Nodes;
using Scp.SpecCapture.Model;
using Scp.SpecCapture.Parsing;

namespace Scp.SpecCapture.Writing;

/// <summary>Turns parsed schema cells and field rows into JSON Schema objects (docs/spec-format.md).</summary>
public static class SchemaJson
{
    /// <summary>The JSON Schema of a schema cell.</summary>
    public static JsonObject Build(SchemaType schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        switch (schema.Kind)
        {
            case SchemaKind.Primitive:
                var primitive = new JsonObject { ["type"] = schema.Name };
                if (schema.Format is not null)
                {
                    primitive["format"] = schema.Format;
                }

                return primitive;
            case SchemaKind.Null:
                return new JsonObject { ["type"] = "null" };
            case SchemaKind.Reference:
                return new JsonObject { ["$ref"] = "#/components/schemas/" + schema.Name };
            case SchemaKind.Array:
                return new JsonObject { ["type"] = "array", ["items"] = Build(schema.Item!) };
            case SchemaKind.Enum:
                return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(schema.Values!.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) };
            default:
                return BuildAnyOf(schema);
        }
    }

    /// <summary>The schema of a field row: type, constraints from the description, default.</summary>
    public static JsonObject BuildValueSchema(FieldDoc field, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(notes);
        var schema = field.Schema is null ? new JsonObject { ["type"] = field.InferredType ?? "string" } : Build(field.Schema);
        var parts = field.Description;
        if (parts.Pattern is not null)
        {
            schema["pattern"] = parts.Pattern;
        }

        if (parts.MinLength is not null)
        {
            schema["minLength"] = parts.MinLength.Value;
        }

        if (parts.MaxLength is not null)
        {
            schema["maxLength"] = parts.MaxLength.Value;
        }

        if (parts.Minimum is not null)
        {
            schema["minimum"] = ToNumber(parts.Minimum.Value);
        }

        if (parts.Maximum is not null)
        {
            schema["maximum"] = ToNumber(parts.Maximum.Value);
        }

        if (field.Default is not null)
        {
            schema["default"] = Convert(field, field.Default, "default", notes);
        }

        return schema;
    }

    /// <summary>The example of a field row converted to the field's type, or null.</summary>
    public static JsonNode? BuildExample(FieldDoc field, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Description.Example is null ? null : Convert(field, field.Description.Example, "example", notes);
    }

    private static JsonNode? Convert(FieldDoc field, string text, string what, List<string> notes)
    {
        var value = ValueConverter.Convert(text, field.Schema, field.InferredType, out var fits);
        if (!fits)
        {
            notes.Add($"{field.Line}: {what} '{text}' of '{field.Name}' does not fit its type; kept as a string");
        }

        return value;
    }

    private static JsonValue ToNumber(decimal value) =>
        decimal.Truncate(value) == value && Math.Abs(value) < long.MaxValue ? JsonValue.Create((long)value) : JsonValue.Create(value);

    private static JsonObject BuildAnyOf(SchemaType schema)
    {
        var options = schema.Options!;
        var nonNull = options.Where(o => o.Kind != SchemaKind.Null).ToList();
        if (schema.IsNullable && nonNull.Count == 1 && nonNull[0].Kind is SchemaKind.Primitive or SchemaKind.Array)
        {
            var inner = Build(nonNull[0]);
            inner["type"] = new JsonArray(inner["type"]!.GetValue<string>(), "null");
            return inner;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(options.Select(o => (JsonNode?)Build(o)).ToArray()) };
    }
}
