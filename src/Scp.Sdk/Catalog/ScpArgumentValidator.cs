using System.Collections.Concurrent;
using System.Globalization;
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
        Check(instance, schema, root, rootPath ?? string.Empty, errors, 0, closedObjects);
        return errors;
    }

    /// <summary>True when <paramref name="instance"/> satisfies <paramref name="schema"/>.</summary>
    public static bool IsValid(JsonElement instance, JsonElement schema) => Validate(instance, schema).Count == 0;

    /// <summary>True when <paramref name="instance"/> satisfies <paramref name="schema"/>, whose references resolve against <paramref name="root"/>.</summary>
    public static bool IsValid(JsonElement instance, JsonElement schema, JsonElement root) => Validate(instance, schema, root).Count == 0;

    private static void Check(JsonElement value, JsonElement schema, JsonElement root, string path, List<ScpValidationError> errors, int depth, bool closed)
    {
        if (errors.Count >= MaxErrors || depth > MaxDepth)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add(new(path, "no value is allowed here", "nothing"));
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            var target = ScpSchemaReader.ResolveReference(reference.GetString()!, root);
            if (target is null)
            {
                errors.Add(new(path, $"the schema reference {reference.GetString()} does not resolve", "a resolvable schema"));
                return;
            }

            Check(value, target.Value, root, path, errors, depth + 1, closed);
        }

        if (!CheckCombinators(value, schema, root, path, errors, depth, closed))
        {
            return;
        }

        var types = ScpSchemaReader.TypeNames(schema);
        if (types.Count > 0 && !types.Any(t => HasType(value, t)))
        {
            errors.Add(new(path, $"expected {string.Join(" or ", types)} but got {KindName(value)}", SchemaShape.Describe(schema, root)));
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array
            && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add(new(path, $"{Preview(value)} is not an allowed value", SchemaShape.Describe(schema, root)));
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add(new(path, $"{Preview(value)} is not the allowed value", SchemaShape.Describe(schema, root)));
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(value, schema, root, path, errors, depth, closed);
                break;
            case JsonValueKind.Array:
                CheckArray(value, schema, root, path, errors, depth, closed);
                break;
            case JsonValueKind.String:
                CheckString(value.GetString()!, schema, root, path, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(value, schema, root, path, errors);
                break;
        }
    }

    private static bool CheckCombinators(JsonElement value, JsonElement schema, JsonElement root, string path, List<ScpValidationError> errors, int depth, bool closed)
    {
        if (schema.TryGetProperty("allOf", out var all) && all.ValueKind == JsonValueKind.Array)
        {
            foreach (var branch in all.EnumerateArray())
            {
                Check(value, branch, root, path, errors, depth + 1, closed);
            }
        }

        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (!schema.TryGetProperty(keyword, out var branches) || branches.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var failures = new List<List<ScpValidationError>>();
            foreach (var branch in branches.EnumerateArray())
            {
                var branchErrors = new List<ScpValidationError>();
                Check(value, branch, root, path, branchErrors, depth + 1, closed);
                if (branchErrors.Count == 0)
                {
                    failures.Clear();
                    break;
                }

                failures.Add(branchErrors);
            }

            if (failures.Count == 0)
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
                errors.Add(new(path, $"{Preview(value)} matches none of the allowed shapes", SchemaShape.Describe(schema, root)));
            }

            return false;
        }

        return true;
    }

    private static void CheckObject(JsonElement value, JsonElement schema, JsonElement root, string path, List<ScpValidationError> errors, int depth, bool closed)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object;
        foreach (var name in ScpSchemaReader.RequiredNames(schema))
        {
            if (!value.TryGetProperty(name, out _))
            {
                var expected = hasProperties && properties.TryGetProperty(name, out var propertySchema)
                    ? SchemaShape.Describe(propertySchema, root)
                    : "a value";
                errors.Add(new(Join(path, name), "required field is missing", expected));
            }
        }

        schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var childPath = Join(path, property.Name);
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, root, childPath, errors, depth + 1, closed);
            }
            else if (additional.ValueKind == JsonValueKind.False || (closed && hasProperties && additional.ValueKind == JsonValueKind.Undefined))
            {
                var known = hasProperties ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name)) : string.Empty;
                errors.Add(new(childPath, "unknown field", known.Length == 0 ? "no fields" : "one of the fields " + known));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, additional, root, childPath, errors, depth + 1, closed);
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        _ => true,
    };

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
