using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Sdk.Catalog;

/// <summary>
/// Validates a JSON value against a JSON Schema (the subset the captured specs use: <c>type</c> incl. type
/// arrays, <c>required</c>, <c>properties</c>, <c>additionalProperties</c>, <c>enum</c>, <c>const</c>,
/// <c>pattern</c>, <c>minLength</c>/<c>maxLength</c>, <c>minimum</c>/<c>maximum</c> (and exclusive),
/// <c>items</c>, <c>minItems</c>/<c>maxItems</c>, <c>anyOf</c>/<c>oneOf</c>/<c>allOf</c>, and local
/// <c>$ref</c>s into <c>$defs</c> or <c>components/schemas</c> of the root). Every error names the path of the
/// offending value and the expected shape. Used by the MCP server for tool arguments and by the emulator for
/// requests (the same composed input schema, the same options). Schema navigation: <see cref="ScpSchemaReader"/>.
/// </summary>
public static partial class ScpArgumentValidator
{
    private const int MaxErrors = 20;
    private const int MaxDepth = 64;
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);
    private static readonly string[] AlternativeKeywords = ["anyOf", "oneOf"];

    /// <summary>Validates <paramref name="instance"/> against <paramref name="schema"/>; an empty list means valid.</summary>
    /// <param name="instance">The value to check.</param>
    /// <param name="schema">The schema; its root also holds the <c>$defs</c> that <c>$ref</c>s point at.</param>
    /// <param name="rootPath">Path prefix for the errors, e.g. <c>body</c>; empty for none.</param>
    /// <param name="closedObjects">
    /// When true, an object schema that lists <c>properties</c> and says nothing about <c>additionalProperties</c>
    /// rejects fields it does not list (catches misspelt fields in request bodies; the specs list every field).
    /// </param>
    public static IReadOnlyList<ScpValidationError> Validate(JsonElement instance, JsonElement schema, string rootPath = "", bool closedObjects = false)
        => Validate(instance, schema, schema, rootPath, closedObjects);

    /// <summary>
    /// Validates <paramref name="instance"/> against <paramref name="schema"/>, a schema inside <paramref name="root"/>
    /// (e.g. a component schema, whose <c>#/components/schemas/…</c> references resolve against the spec's root).
    /// </summary>
    public static IReadOnlyList<ScpValidationError> Validate(JsonElement instance, JsonElement schema, JsonElement root, string rootPath = "", bool closedObjects = false)
    {
        var errors = new List<ScpValidationError>();
        Check(instance, schema, new Walk(root, rootPath ?? string.Empty, closedObjects), errors, 0);
        return errors;
    }

    /// <summary>True when <paramref name="instance"/> satisfies <paramref name="schema"/>.</summary>
    public static bool IsValid(JsonElement instance, JsonElement schema) => Validate(instance, schema).Count == 0;

    /// <summary>True when <paramref name="instance"/> satisfies <paramref name="schema"/>, whose references resolve against <paramref name="root"/>.</summary>
    public static bool IsValid(JsonElement instance, JsonElement schema, JsonElement root) => Validate(instance, schema, root).Count == 0;

    // Runs on every tool call, over the arguments and again over SCP's answer (ResultBuilder.FitToSchema): a valid value
    // allocates nothing per node — no type-name lists, no required-name sets, no property-name or path strings (the path
    // is a stack of segments, written out only for an error).
    private static void Check(JsonElement value, JsonElement schema, Walk walk, List<ScpValidationError> errors, int depth)
    {
        if (errors.Count >= MaxErrors || depth > MaxDepth)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add(new(walk.Path(), "no value is allowed here", "nothing"));
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var root = walk.Root;
        if (schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            var target = ScpSchemaReader.ResolveReference(reference.GetString()!, root);
            if (target is null)
            {
                errors.Add(new(walk.Path(), $"the schema reference {reference.GetString()} does not resolve", "a resolvable schema"));
                return;
            }

            Check(value, target.Value, walk, errors, depth + 1);
        }

        if (!CheckCombinators(value, schema, walk, errors, depth))
        {
            return;
        }

        if (!HasDeclaredType(value, schema))
        {
            errors.Add(new(walk.Path(), $"expected {string.Join(" or ", ScpSchemaReader.TypeNames(schema))} but got {KindName(value)}", SchemaShape.Describe(schema, root)));
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array && !Contains(allowed, value))
        {
            errors.Add(new(walk.Path(), $"{Preview(value)} is not an allowed value", SchemaShape.Describe(schema, root)));
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add(new(walk.Path(), $"{Preview(value)} is not the allowed value", SchemaShape.Describe(schema, root)));
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(value, schema, walk, errors, depth);
                break;
            case JsonValueKind.Array:
                CheckArray(value, schema, walk, errors, depth);
                break;
            case JsonValueKind.String:
                CheckString(value, schema, walk, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(value, schema, walk, errors);
                break;
        }
    }

    private static bool CheckCombinators(JsonElement value, JsonElement schema, Walk walk, List<ScpValidationError> errors, int depth)
    {
        if (schema.TryGetProperty("allOf", out var all) && all.ValueKind == JsonValueKind.Array)
        {
            foreach (var branch in all.EnumerateArray())
            {
                Check(value, branch, walk, errors, depth + 1);
            }
        }

        foreach (var keyword in AlternativeKeywords)
        {
            if (!schema.TryGetProperty(keyword, out var branches) || branches.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            List<List<ScpValidationError>>? failures = null;
            foreach (var branch in branches.EnumerateArray())
            {
                var branchErrors = new List<ScpValidationError>();
                Check(value, branch, walk, branchErrors, depth + 1);
                if (branchErrors.Count == 0)
                {
                    failures = null;
                    break;
                }

                (failures ??= []).Add(branchErrors);
            }

            if (failures is null)
            {
                continue;
            }

            // With a nullable X (anyOf [X, null]) and a non-null value, X's own errors say most.
            var meaningful = failures.Where(f => !(f.Count == 1 && f[0].Expected == "null")).ToList();
            if (meaningful.Count == 1)
            {
                errors.AddRange(meaningful[0]);
            }
            else
            {
                errors.Add(new(walk.Path(), $"{Preview(value)} matches none of the allowed shapes", SchemaShape.Describe(schema, walk.Root)));
            }

            return false;
        }

        return true;
    }

    private static void CheckObject(JsonElement value, JsonElement schema, Walk walk, List<ScpValidationError> errors, int depth)
    {
        var root = walk.Root;
        var hasProperties = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object;
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in ScpSchemaReader.RequiredNames(schema))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    var expected = hasProperties && properties.TryGetProperty(name, out var propertySchema)
                        ? SchemaShape.Describe(propertySchema, root)
                        : "a value";
                    errors.Add(new(Join(walk.Path(), name), "required field is missing", expected));
                }
            }
        }

        schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            walk.Push(property);
            if (hasProperties && TryGetSchema(properties, property, out var propertySchema))
            {
                Check(property.Value, propertySchema, walk, errors, depth + 1);
            }
            else if (additional.ValueKind == JsonValueKind.False || (walk.Closed && hasProperties && additional.ValueKind == JsonValueKind.Undefined))
            {
                var known = hasProperties ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name)) : string.Empty;
                errors.Add(new(walk.Path(), "unknown field", known.Length == 0 ? "no fields" : "one of the fields " + known));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, additional, walk, errors, depth + 1);
            }

            walk.Pop();
        }
    }

    // The schema of a property by its UTF-8 name as it stands in the JSON text (no name string); an escaped name is unescaped first.
    private static bool TryGetSchema(JsonElement properties, JsonProperty property, out JsonElement schema)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        return raw.IndexOf((byte)'\\') < 0
            ? properties.TryGetProperty(raw, out schema)
            : properties.TryGetProperty(property.Name, out schema);
    }

    private static bool HasDeclaredType(JsonElement value, JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return true;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return HasType(value, type);
        }

        if (type.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var any = false;
        foreach (var name in type.EnumerateArray())
        {
            if (name.ValueKind == JsonValueKind.String)
            {
                if (HasType(value, name))
                {
                    return true;
                }

                any = true;
            }
        }

        return !any;
    }

    private static bool HasType(JsonElement value, JsonElement type) =>
        type.ValueEquals("object") ? value.ValueKind == JsonValueKind.Object
        : type.ValueEquals("array") ? value.ValueKind == JsonValueKind.Array
        : type.ValueEquals("string") ? value.ValueKind == JsonValueKind.String
        : type.ValueEquals("boolean") ? value.ValueKind is JsonValueKind.True or JsonValueKind.False
        : type.ValueEquals("null") ? value.ValueKind == JsonValueKind.Null
        : type.ValueEquals("number") ? value.ValueKind == JsonValueKind.Number
        : !type.ValueEquals("integer") || (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d);

    private static bool Contains(JsonElement allowed, JsonElement value)
    {
        foreach (var candidate in allowed.EnumerateArray())
        {
            if (JsonElement.DeepEquals(candidate, value))
            {
                return true;
            }
        }

        return false;
    }

    private static string KindName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Preview(JsonElement value) => value.ValueKind == JsonValueKind.String ? Preview(value.GetString()!) : Truncate(value.GetRawText());

    private static string Preview(string text) => "\"" + Truncate(text) + "\"";

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static Regex? GetRegex(string pattern) => Patterns.GetOrAdd(pattern, static p =>
    {
        try
        {
            return new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException)
        {
            return null; // a pattern .NET cannot compile is not enforced
        }
    });

    private static bool Matches(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
