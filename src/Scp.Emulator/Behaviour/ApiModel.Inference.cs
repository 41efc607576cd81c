using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Scp.Emulator.Schema;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Emulator.Behaviour;

internal sealed partial class ApiModel
{
    private static readonly string[] SettledPreference = ["AVAILABLE", "ACTIVE", "RUNNING", "DEPLOYED", "IN_USE", "COMPLETED", "SUCCESS", "NORMAL", "READY"];

    /// <summary>Unwraps envelopes like <c>{"result": Resource}</c>: returns the object schema that carries the resource's id.</summary>
    public JsonElement? UnwrapResource(JsonElement? schema, CollectionModel collection)
    {
        if (schema is null)
        {
            return null;
        }

        if (HasIdProperty(schema, collection))
        {
            return schema;
        }

        foreach (var (_, property) in SchemaSet.PropertiesOf(schema))
        {
            var inner = Schemas.Resolve(property);
            if (SchemaSet.TypeOf(inner) == "object" && HasIdProperty(inner, collection))
            {
                return inner;
            }
        }

        return null;
    }

    private static bool HasIdProperty(JsonElement? schema, CollectionModel collection) =>
        SchemaSet.PropertiesOf(schema).Any(p => p.Key == "id" || p.Key == collection.IdParameter);

    private JsonElement? FindResourceSchema(CollectionModel collection, ScpOperationDescriptor? itemRead, ScpOperationDescriptor? list, ScpOperationDescriptor create)
    {
        if (itemRead is not null && UnwrapResource(ResponseSchemaOf(itemRead), collection) is { } fromRead)
        {
            return fromRead;
        }

        if (list is not null && ListArrayOf(list) is { } arrayName)
        {
            var listSchema = ResponseSchemaOf(list);
            var items = Schemas.Resolve(SchemaSet.Keyword(Schemas.Resolve(SchemaSet.Keyword(SchemaSet.Keyword(listSchema, "properties"), arrayName)), "items"));
            if (items is not null)
            {
                return items;
            }
        }

        return UnwrapResource(ResponseSchemaOf(create), collection);
    }

    private JsonElement? ResponseSchemaOf(ScpOperationDescriptor operation) =>
        Schemas.Resolve(SchemaSet.Parse(operation.SuccessResponse?.SchemaJson));

    private bool PrefersHexIds(CollectionModel collection, ScpOperationDescriptor? itemRead, ScpOperationDescriptor create, IEnumerable<ScpOperationDescriptor> itemOperations)
    {
        var samples = new List<string>();
        foreach (var operation in itemOperations)
        {
            var parameter = operation.Parameters.FirstOrDefault(p => p.Name == collection.IdParameter);
            var schema = SchemaSet.Parse(parameter?.SchemaJson);
            if (ScpSchemaReader.Text(schema, "pattern")?.Contains("{32}", StringComparison.Ordinal) == true)
            {
                return true;
            }

            if (ScpSchemaReader.Text(schema, "example") is { } text)
            {
                samples.Add(text);
            }
        }

        foreach (var operation in new[] { itemRead, create })
        {
            if ((operation ?? create).SuccessResponse?.ExampleJson is { } exampleJson && !string.IsNullOrWhiteSpace(exampleJson) && JsonNode.Parse(exampleJson) is { } example)
            {
                foreach (var key in new[] { "id", collection.IdParameter, "resource_id" })
                {
                    if (FindDeep(example, key) is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        samples.Add(text);
                    }
                }
            }
        }

        foreach (var (name, property) in SchemaSet.PropertiesOf(collection.ResourceSchema))
        {
            if ((name == "id" || name == collection.IdParameter) && ScpSchemaReader.Text(Schemas.Resolve(property), "example") is { } text)
            {
                samples.Add(text);
            }
        }

        return samples.Count > 0 && HexId().IsMatch(samples[0]);
    }

    /// <summary>
    /// The state field and names of a collection's records. Where an operation's lifecycle reads this collection's items
    /// (generator, docs/generator.md "Lifecycle"), its state field and transitional states are used, so the server and the
    /// emulator agree; otherwise the field is inferred from the resource schema.
    /// </summary>
    private StateNames? InferStates(CollectionModel collection, ScpOperationLifecycle? lifecycle)
    {
        var properties = SchemaSet.PropertiesOf(collection.ResourceSchema).ToList();
        var fromLifecycle = lifecycle?.StatePath?[(lifecycle.StatePath.LastIndexOf('.') + 1)..];
        var field = properties.FirstOrDefault(p => p.Key == fromLifecycle).Key
                    ?? properties.FirstOrDefault(p => p.Key == "state").Key
                    ?? properties.FirstOrDefault(p => p.Key == collection.Noun + "_state").Key
                    ?? properties.FirstOrDefault(p => p.Key.EndsWith("_state", StringComparison.Ordinal) && !p.Key.StartsWith("previous", StringComparison.Ordinal)).Key
                    ?? properties.FirstOrDefault(p => p.Key == "status" || p.Key.EndsWith("_status", StringComparison.Ordinal)).Key;
        if (field is null)
        {
            return null;
        }

        var schema = Schemas.Resolve(properties.First(p => p.Key == field).Value);
        var values = SchemaSet.Keyword(schema, "enum") is { ValueKind: JsonValueKind.Array } options
            ? options.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToList()
            : [];
        var example = ScpSchemaReader.Text(schema, "example");
        var transitional = field == fromLifecycle ? lifecycle!.TransitionalStates.ToList() : values;
        string? Pick(List<string> from, params string[] candidates) =>
            candidates.Select(c => from.FirstOrDefault(v => v.Equals(c, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(v => v is not null);
        if (values.Count > 0 || transitional.Count > 0)
        {
            var settled = Pick(values, SettledPreference)
                          ?? values.FirstOrDefault(v => !v.EndsWith("ING", StringComparison.OrdinalIgnoreCase) && !v.Contains("ERROR", StringComparison.OrdinalIgnoreCase))
                          ?? (string.IsNullOrEmpty(example) || transitional.Contains(example, StringComparer.OrdinalIgnoreCase) ? null : example)
                          ?? Cased("AVAILABLE", transitional.FirstOrDefault() ?? example);
            return new StateNames(field, settled, Pick(transitional, "CREATING", "PENDING", "INPROGRESS", "IN_PROGRESS"),
                Pick(transitional, "DELETING", "TERMINATING"), Pick(transitional, "EDITING", "UPDATING", "MODIFYING"));
        }

        var settledText = string.IsNullOrEmpty(example) ? "AVAILABLE" : example;
        return new StateNames(field, settledText, Cased("CREATING", settledText), Cased("DELETING", settledText), Cased("EDITING", settledText));
    }

    /// <summary><paramref name="state"/> in lower case when <paramref name="sample"/> is written in lower case.</summary>
    private static string Cased(string state, string? sample) =>
        sample is not null && sample.Any(char.IsLetter) && sample.Where(char.IsLetter).All(char.IsLower) ? state.ToLowerInvariant() : state;

    private List<(string Field, string Parameter)> FindCheckFields(ScpOperationDescriptor operation, CollectionModel collection)
    {
        var queries = operation.Parameters.Where(p => p.Location == ScpParameterLocation.Query).OrderByDescending(p => p.Required).ToList();
        var known = new HashSet<string>(StringComparer.Ordinal);
        AddNames(collection.ResourceSchema, known, 2);
        AddNames(collection.CreateBodySchema, known, 2);
        var fields = new List<(string, string)>();
        foreach (var query in queries)
        {
            var underscore = query.Name.IndexOf('_', StringComparison.Ordinal);
            var candidates = new[] { query.Name, collection.Noun + "_" + query.Name, underscore > 0 ? query.Name[(underscore + 1)..] : query.Name };
            if (candidates.FirstOrDefault(known.Contains) is { } field)
            {
                fields.Add((field, query.Name));
            }
        }

        return fields;
    }

    private void AddNames(JsonElement? schema, HashSet<string> names, int depth)
    {
        foreach (var (name, property) in SchemaSet.PropertiesOf(schema))
        {
            names.Add(name);
            var inner = Schemas.Resolve(property);
            if (depth > 1 && SchemaSet.TypeOf(inner) == "object")
            {
                AddNames(inner, names, depth - 1);
            }
        }
    }

    /// <summary>Breadth-first search for a property name in nested objects (not inside arrays).</summary>
    public static JsonNode? FindDeep(JsonNode? node, string name, int maxDepth = 3) =>
        TryFindDeep(node, name, out var value, maxDepth) ? value : null;

    /// <summary>Breadth-first search for a property name in nested objects (not inside arrays); a JSON null counts as found.</summary>
    public static bool TryFindDeep(JsonNode? node, string name, out JsonNode? value, int maxDepth = 3)
    {
        var level = new List<JsonObject>();
        if (node is JsonObject root)
        {
            level.Add(root);
        }

        for (var depth = 0; depth < maxDepth && level.Count > 0; depth++)
        {
            var next = new List<JsonObject>();
            foreach (var obj in level)
            {
                if (obj.TryGetPropertyValue(name, out value))
                {
                    return true;
                }

                next.AddRange(obj.Select(p => p.Value).OfType<JsonObject>());
            }

            level = next;
        }

        value = null;
        return false;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex HexId();
}
