using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Scp.Emulator.Schema;

/// <summary>
/// Validates JSON values and raw parameter strings against the captured schemas (type, nullability,
/// required, enum, pattern, length, range, items). Returns the first problem, naming the field.
/// </summary>
internal sealed class SchemaValidator(SchemaSet schemas)
{
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    /// <summary>Validates a JSON value; returns null when valid, otherwise a message naming <paramref name="path"/>.</summary>
    public string? Validate(JsonNode? value, JsonNode? schema, string path)
    {
        var resolved = schemas.Resolve(schema, out var nullable);
        if (resolved is null)
        {
            return null;
        }

        if (value is null)
        {
            return nullable || IsUnconstrained(resolved) ? null : $"{path} must not be null.";
        }

        var type = SchemaSet.TypeOf(resolved);
        var kind = value.GetValueKind();
        switch (type)
        {
            case "object":
                if (value is not JsonObject obj)
                {
                    return $"{path} must be an object, not {Describe(kind)}.";
                }

                foreach (var name in SchemaSet.RequiredOf(resolved))
                {
                    if (!obj.ContainsKey(name))
                    {
                        return $"{path}.{name} is required.";
                    }
                }

                foreach (var (name, propertySchema) in SchemaSet.PropertiesOf(resolved))
                {
                    if (obj.TryGetPropertyValue(name, out var child))
                    {
                        var problem = Validate(child, propertySchema, $"{path}.{name}");
                        if (problem is not null)
                        {
                            return problem;
                        }
                    }
                }

                return null;
            case "array":
                if (value is not JsonArray array)
                {
                    return $"{path} must be an array, not {Describe(kind)}.";
                }

                if (resolved["minItems"] is JsonValue minItems && array.Count < JsonNumbers.ToDouble(minItems))
                {
                    return $"{path} must have at least {minItems} items.";
                }

                if (resolved["maxItems"] is JsonValue maxItems && array.Count > JsonNumbers.ToDouble(maxItems))
                {
                    return $"{path} must have at most {maxItems} items.";
                }

                for (var i = 0; i < array.Count; i++)
                {
                    var problem = Validate(array[i], resolved["items"], $"{path}[{i}]");
                    if (problem is not null)
                    {
                        return problem;
                    }
                }

                return null;
            case "string":
                return kind == JsonValueKind.String ? CheckString(value.GetValue<string>(), resolved, path) : $"{path} must be a string, not {Describe(kind)}.";
            case "integer":
                if (kind != JsonValueKind.Number || !JsonNumbers.TryGetLong(value, out var whole))
                {
                    return $"{path} must be an integer, not {Describe(kind)}.";
                }

                return CheckNumber(whole, resolved, path);
            case "number":
                return kind == JsonValueKind.Number ? CheckNumber(JsonNumbers.ToDouble(value), resolved, path) : $"{path} must be a number, not {Describe(kind)}.";
            case "boolean":
                return kind is JsonValueKind.True or JsonValueKind.False ? null : $"{path} must be true or false, not {Describe(kind)}.";
            default:
                return CheckEnum(value, resolved, path);
        }
    }

    /// <summary>Validates a raw path or query value (or the repeated values of an array parameter).</summary>
    public string? ValidateRaw(IReadOnlyList<string> values, JsonNode? schema, string path)
    {
        var resolved = schemas.Resolve(schema);
        var type = SchemaSet.TypeOf(resolved);
        if (type == "array")
        {
            foreach (var item in values)
            {
                var problem = ValidateRaw([item], resolved!["items"], path);
                if (problem is not null)
                {
                    return problem;
                }
            }

            return null;
        }

        if (values.Count > 1)
        {
            return $"{path} must be given once.";
        }

        var raw = values[0];
        return type switch
        {
            "integer" => long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? CheckNumber(n, resolved!, path)
                : $"{path} must be an integer, not '{raw}'.",
            "number" => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? CheckNumber(d, resolved!, path)
                : $"{path} must be a number, not '{raw}'.",
            "boolean" => raw is "true" or "false" ? null : $"{path} must be true or false, not '{raw}'.",
            _ => resolved is null ? null : CheckString(raw, resolved, path),
        };
    }

    private static string? CheckString(string value, JsonObject schema, string path)
    {
        var problem = CheckEnum(JsonValue.Create(value), schema, path);
        if (problem is not null)
        {
            return problem;
        }

        if (schema["minLength"] is JsonValue min && value.Length < JsonNumbers.ToDouble(min))
        {
            return $"{path} must be at least {min} characters long.";
        }

        if (schema["maxLength"] is JsonValue max && value.Length > JsonNumbers.ToDouble(max))
        {
            return $"{path} must be at most {max} characters long.";
        }

        if (schema["pattern"] is JsonValue p && p.TryGetValue<string>(out var pattern))
        {
            var regex = Patterns.GetOrAdd(pattern, Compile);
            if (regex is not null && !Matches(regex, value))
            {
                return $"{path} must match the pattern {pattern}; '{value}' does not.";
            }
        }

        return null;
    }

    private static string? CheckNumber(double value, JsonObject schema, string path)
    {
        var problem = CheckEnum(JsonValue.Create(value), schema, path);
        if (problem is not null)
        {
            return problem;
        }

        if (schema["minimum"] is JsonValue min && value < JsonNumbers.ToDouble(min))
        {
            return $"{path} must be at least {min}.";
        }

        return schema["maximum"] is JsonValue max && value > JsonNumbers.ToDouble(max) ? $"{path} must be at most {max}." : null;
    }

    private static string? CheckEnum(JsonNode? value, JsonObject schema, string path)
    {
        if (schema["enum"] is not JsonArray options || value is null)
        {
            return null;
        }

        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        foreach (var option in options)
        {
            if (option is null)
            {
                continue;
            }

            var candidate = option.GetValueKind() == JsonValueKind.String ? option.GetValue<string>() : option.ToJsonString();
            if (string.Equals(candidate, text, StringComparison.Ordinal) ||
                (double.TryParse(candidate, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) &&
                 double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && a.Equals(b)))
            {
                return null;
            }
        }

        return $"{path} must be one of {string.Join(", ", options.Select(o => o?.ToString()))}; '{text}' is not.";
    }

    private static bool IsUnconstrained(JsonObject schema) => SchemaSet.TypeOf(schema) is null && schema["enum"] is null;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException)
        {
            return null; // a pattern the docs state in a form .NET cannot read is not enforced
        }
    }

    private static bool Matches(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
