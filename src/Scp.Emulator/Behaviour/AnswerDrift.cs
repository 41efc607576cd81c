using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Emulator.Schema;

namespace Scp.Emulator.Behaviour;

/// <summary>
/// Drift mode (<see cref="ScpEmulatorOptions.DriftSeed"/>): success answers drift from the docs the way real services
/// do — fields take the docs' example verbatim (timestamps without offsets, decimals as numbers or numeric strings),
/// optional and required fields are left out, values become null, unknown fields appear, enum values the docs don't
/// list are sent. Identity and state fields (<c>id</c>, <c>*_id</c>, <c>state</c>, <c>status</c>, …) are kept, so
/// callers can still act on what they created and waiters still see states settle. Deterministic for a seed and a
/// sequence of requests: answer n of operation o draws from <c>Random(hash(seed, o, n))</c>.
/// </summary>
internal sealed class AnswerDrift(int seed)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public JsonNode? Apply(JsonNode? body, JsonElement? schema, string? exampleJson, string operationKey, SchemaSet schemas)
    {
        if (body is null)
        {
            return null;
        }

        int count;
        lock (_counts)
        {
            count = _counts.GetValueOrDefault(operationKey) + 1;
            _counts[operationKey] = count;
        }

        var random = new Random(StableHash(seed, operationKey, count));
        JsonNode? example = null;
        if (!string.IsNullOrWhiteSpace(exampleJson))
        {
            try
            {
                example = JsonNode.Parse(exampleJson);
            }
            catch (JsonException)
            {
                example = null;
            }
        }

        var drifted = body.DeepClone();
        Drift(drifted, schema, example, random, schemas, 0);
        return drifted;
    }

    private static void Drift(JsonNode? node, JsonElement? schema, JsonNode? example, Random random, SchemaSet schemas, int depth)
    {
        if (depth > 12)
        {
            return;
        }

        var resolved = schemas.Resolve(schema);
        switch (node)
        {
            case JsonObject obj:
                var properties = SchemaSet.PropertiesOf(resolved).ToDictionary(p => p.Key, p => (JsonElement?)p.Value, StringComparer.Ordinal);
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var propertySchema = properties.GetValueOrDefault(name);
                    var exampleValue = (example as JsonObject)?[name];
                    var value = obj[name];
                    if (IsProtected(name) || HoldsIdentity(value) || (value is JsonObject or JsonArray && random.NextDouble() < 0.7))
                    {
                        Drift(value, propertySchema, exampleValue, random, schemas, depth + 1);
                        continue;
                    }

                    var draw = random.NextDouble();
                    if (draw < 0.12)
                    {
                        obj.Remove(name);
                    }
                    else if (draw < 0.22)
                    {
                        obj[name] = null;
                    }
                    else if (draw < 0.45 && exampleValue is JsonValue verbatim)
                    {
                        obj[name] = verbatim.DeepClone();
                    }
                    else if (draw < 0.6 && value is JsonValue text && text.GetValueKind() == JsonValueKind.String
                        && SchemaSet.Keyword(schemas.Resolve(propertySchema), "enum") is { ValueKind: JsonValueKind.Array })
                    {
                        obj[name] = "UNDOCUMENTED_" + text.GetValue<string>();
                    }
                    else if (draw < 0.7 && value is JsonValue number && number.GetValueKind() == JsonValueKind.Number)
                    {
                        obj[name] = number.ToJsonString();
                    }
                    else
                    {
                        Drift(value, propertySchema, exampleValue, random, schemas, depth + 1);
                    }
                }

                if (random.NextDouble() < 0.4)
                {
                    obj["x_undocumented_" + random.Next(1000).ToString(CultureInfo.InvariantCulture)] = random.Next(2) == 0
                        ? "a field the docs don't list"
                        : new JsonObject { ["nested"] = random.Next(100), ["flag"] = true };
                }

                break;
            case JsonArray array:
                var items = SchemaSet.Keyword(resolved, "items");
                var itemExample = (example as JsonArray)?.FirstOrDefault();
                foreach (var item in array)
                {
                    Drift(item, items, itemExample, random, schemas, depth + 1);
                }

                break;
        }
    }

    /// <summary>Identity, paging and state fields: drifting them would only break the caller's next step, not test tolerance.</summary>
    private static bool IsProtected(string name) =>
        name is "id" or "state" or "status" or "count" or "page" or "size" or "total" or "total_count"
        || name.EndsWith("_id", StringComparison.Ordinal) || name.EndsWith("_state", StringComparison.Ordinal)
        || name.EndsWith("_status", StringComparison.Ordinal);

    /// <summary>An object that carries an identity field (e.g. <c>resource: {id}</c>) is drifted inside, never dropped.</summary>
    private static bool HoldsIdentity(JsonNode? value) => value is JsonObject obj && obj.Any(p => IsProtected(p.Key));

    private static int StableHash(int seed, string key, int count)
    {
        unchecked
        {
            var hash = (uint)2166136261;
            foreach (var c in key)
            {
                hash = (hash ^ c) * 16777619;
            }

            hash = (hash ^ (uint)seed) * 16777619;
            hash = (hash ^ (uint)count) * 16777619;
            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
