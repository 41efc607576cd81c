using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Parsing;

/// <summary>Schema → C# type mapping.</summary>
internal sealed partial class SpecReader
{
    private const string RefPrefix = "#/components/schemas/";

    private static readonly string[] ReservedMemberNames =
        ["ReadJson", "WriteJson", "AdditionalProperties", "Equals", "GetHashCode", "ToString", "GetType", "Value", "IsKnown", "Deconstruct", "PrintMembers", "EqualityContract"];

    private void ReadComponents(JsonElement schemas)
    {
        // Pass 1: register names of object and enum components so references resolve in any order.
        foreach (var component in schemas.EnumerateObject())
        {
            if (!IsUsableSchemaName(component.Name) || component.Value.ValueKind != JsonValueKind.Object)
            {
                Report(DiagnosticDescriptors.InvalidSchemaName.Id, locator.FindKey(component.Name), component.Name);
                continue;
            }

            _schemas[component.Name] = component.Value;
            if (IsObjectSchema(component.Value))
            {
                _componentTypes[component.Name] = new TypeRef(TypeRefKind.Object, Naming.Unique(Naming.ToPascal(component.Name), _typeNames));
            }
            else if (IsStringEnum(component.Value))
            {
                _componentTypes[component.Name] = new TypeRef(TypeRefKind.Enum, Naming.Unique(Naming.ToPascal(component.Name), _typeNames));
            }
        }

        // Pass 2: build the types.
        foreach (var pair in _schemas)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_componentTypes.TryGetValue(pair.Key, out var type))
            {
                continue;
            }

            if (type.Kind == TypeRefKind.Object)
            {
                AddObjectType(type.Name!, pair.Key, pair.Value);
            }
            else
            {
                AddEnumType(type.Name!, pair.Key, pair.Value);
            }
        }
    }

    private void AddObjectType(string name, string schemaName, JsonElement schema)
    {
        var index = _types.Count;
        _types.Add(null!); // keep component order stable even when inline types are added while reading properties
        var memberNames = new HashSet<string>(ReservedMemberNames, StringComparer.Ordinal) { name };
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("required", out var requiredList) && requiredList.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in requiredList.EnumerateArray().Where(static i => i.ValueKind == JsonValueKind.String))
            {
                required.Add(item.GetString()!);
            }
        }

        var properties = new List<PropertyModel>();
        if (JsonText.TryGetObject(schema, "properties", out var props))
        {
            foreach (var property in props.EnumerateObject())
            {
                var propertyName = Naming.Unique(Naming.ToPascal(property.Name), memberNames);
                var type = MapSchema(property.Value, name + propertyName, out var nullable);
                ReportUnresolved(locator.FindKey(schemaName), "the property " + schemaName + "." + property.Name + " is typed as JsonElement");
                properties.Add(new PropertyModel(property.Name, propertyName, type, required.Contains(property.Name), nullable, JsonText.GetString(property.Value, "description")));
            }
        }

        _types[index] = new TypeModel(name, schemaName, IsEnum: false, JsonText.GetString(schema, "description"), properties.ToEquatableArray(), EquatableArray<EnumMemberModel>.Empty);
    }

    private void AddEnumType(string name, string schemaName, JsonElement schema)
    {
        var memberNames = new HashSet<string>(ReservedMemberNames, StringComparer.Ordinal) { name };
        var members = schema.GetProperty("enum").EnumerateArray()
            .Where(static v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!)
            .Distinct(StringComparer.Ordinal)
            .Select(v => new EnumMemberModel(Naming.Unique(v.Length == 0 ? "Empty" : Naming.ToPascal(v), memberNames), v))
            .ToEquatableArray();
        _types.Add(new TypeModel(name, schemaName, IsEnum: true, JsonText.GetString(schema, "description"), EquatableArray<PropertyModel>.Empty, members));
    }

    /// <summary>Maps a schema to a C# type; an unresolvable <c>$ref</c> is recorded in <see cref="_unresolved"/> and maps to Any.</summary>
    private TypeRef MapSchema(JsonElement schema, string inlineName, out bool nullable)
    {
        nullable = false;
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return TypeRef.AnyValue;
        }

        if (JsonText.GetString(schema, "$ref") is { } reference)
        {
            return Resolve(reference);
        }

        foreach (var combinator in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var variants) && variants.ValueKind == JsonValueKind.Array)
            {
                var nonNull = variants.EnumerateArray().Where(static v => !IsNullSchema(v)).ToList();
                nullable = nonNull.Count < variants.GetArrayLength();
                return nonNull.Count == 1 ? MapSchema(nonNull[0], inlineName, out _) : TypeRef.AnyValue;
            }
        }

        var type = SingleType(schema, out nullable);
        switch (type)
        {
            case "string" when IsStringEnum(schema):
                var name = Naming.Unique(inlineName, _typeNames);
                AddEnumType(name, name, schema);
                return new TypeRef(TypeRefKind.Enum, name);
            case "string":
                return JsonText.GetString(schema, "format") == "date-time" ? new TypeRef(TypeRefKind.DateTime) : new TypeRef(TypeRefKind.String);
            case "integer":
                return new TypeRef(TypeRefKind.Int64);
            case "number":
                return new TypeRef(TypeRefKind.Decimal);
            case "boolean":
                return new TypeRef(TypeRefKind.Boolean);
            case "array":
                var item = schema.TryGetProperty("items", out var items) ? MapSchema(items, inlineName + "Item", out _) : TypeRef.AnyValue;
                return item.Kind == TypeRefKind.List ? new TypeRef(TypeRefKind.List, null, TypeRefKind.Any) : new TypeRef(TypeRefKind.List, null, item.Kind, item.Name);
            case "object" or null when schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object:
                var objectName = Naming.Unique(inlineName, _typeNames);
                AddObjectType(objectName, objectName, schema);
                return new TypeRef(TypeRefKind.Object, objectName);
            default:
                return TypeRef.AnyValue;
        }
    }

    private TypeRef Resolve(string reference)
    {
        if (!reference.StartsWith(RefPrefix, StringComparison.Ordinal)
            || !_schemas.TryGetValue(reference.Substring(RefPrefix.Length), out var target))
        {
            _unresolved.Add(reference);
            return TypeRef.AnyValue;
        }

        var name = reference.Substring(RefPrefix.Length);
        if (_componentTypes.TryGetValue(name, out var known))
        {
            return known;
        }

        // A component that is neither an object nor a string enum is an alias: use its type directly.
        if (!_resolving.Add(name))
        {
            return TypeRef.AnyValue;
        }

        var aliased = MapSchema(target, Naming.ToPascal(name), out _);
        _resolving.Remove(name);
        return aliased;
    }

    /// <summary>Reports every <c>$ref</c> that failed to resolve since the last call, then forgets them.</summary>
    private bool ReportUnresolved(SourceLocation near, string consequence)
    {
        if (_unresolved.Count == 0)
        {
            return false;
        }

        foreach (var reference in _unresolved.Distinct(StringComparer.Ordinal))
        {
            Report(DiagnosticDescriptors.UnresolvedReference.Id, locator.Find("\"" + reference + "\"", near), reference, specPath, consequence);
        }

        _unresolved.Clear();
        return true;
    }

    private static string? SingleType(JsonElement schema, out bool nullable)
    {
        nullable = false;
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }

        if (type.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var names = type.EnumerateArray().Where(static t => t.ValueKind == JsonValueKind.String).Select(static t => t.GetString()!).ToList();
        nullable = names.Remove("null");
        return names.Count == 1 ? names[0] : "mixed";
    }

    private static bool IsNullSchema(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && JsonText.GetString(schema, "type") == "null";

    private static bool IsObjectSchema(JsonElement schema) =>
        (SingleType(schema, out _) is "object" or null) && schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object;

    private static bool IsStringEnum(JsonElement schema) =>
        SingleType(schema, out _) == "string" && schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array
        && values.EnumerateArray().All(static v => v.ValueKind is JsonValueKind.String or JsonValueKind.Null);

    private static bool IsUsableSchemaName(string name) =>
        name.Length > 0 && name.Any(char.IsLetter) && name.All(static c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.');
}
