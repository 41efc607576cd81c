using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Emulator.Schema;
using Scp.Emulator.State;
using Scp.Sdk.Catalog;

namespace Scp.Emulator.Behaviour;

internal sealed partial class EmulatorEngine
{
    private static readonly HashSet<string> PagingParameters = new(StringComparer.Ordinal) { "page", "size", "offset", "limit", "sort" };
    private static readonly string[] CountNames = ["count", "total_count", "total", "totalCount", "total_elements"];

    private JsonNode? List(string partition, EmulatorRequest request, ApiModel model, OperationBehaviour behaviour, ResponseShaper shaper,
        JsonElement? schema, JsonNode? example, StoredRecord? parent, JsonObject context)
    {
        var operation = request.Route.Operation;
        var arrayName = model.ListArrayOf(operation);
        var resolved = model.Schemas.Resolve(schema);
        if (arrayName is null || resolved is null)
        {
            return null;
        }

        var records = store.InCollection(partition, ConcretePath(request, behaviour.Collection!.Depth)).Select(r => r.Data).ToList();
        records = Filter(records, request, operation, shaper.Noun);
        records = Sort(records, request.QueryValue("sort"));
        var total = records.Count;
        records = Page(records, request, operation);

        var itemsSchema = SchemaSet.Keyword(model.Schemas.Resolve(SchemaSet.Keyword(SchemaSet.Keyword(resolved, "properties"), arrayName)), "items");
        var itemExample = (example as JsonObject)?[arrayName] is JsonArray exampleItems && exampleItems.Count > 0 ? exampleItems[0] : null;
        var items = new JsonArray();
        foreach (var data in records)
        {
            items.Add(shaper.Shape(itemsSchema, [data], itemExample));
        }

        var overrides = new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { [arrayName] = items };
        foreach (var (name, property) in SchemaSet.PropertiesOf(resolved))
        {
            if (CountNames.Contains(name) && SchemaSet.TypeOf(model.Schemas.Resolve(property)) == "integer")
            {
                overrides[name] = total;
            }
        }

        return shaper.Shape(schema, Sources(parent?.Data, context), example, overrides);
    }

    private static List<JsonObject> Filter(List<JsonObject> records, EmulatorRequest request, ScpOperationDescriptor operation, string? noun)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ScpParameterLocation.Query && !PagingParameters.Contains(p.Name)))
        {
            var wanted = request.QueryValue(parameter.Name);
            if (string.IsNullOrEmpty(wanted))
            {
                continue;
            }

            var field = FieldName(records, parameter.Name, noun);
            if (field is null)
            {
                continue; // records do not carry this field: the filter cannot be evaluated, as with untracked data
            }

            var partial = field == "name" || field.EndsWith("_name", StringComparison.Ordinal);
            records = records.Where(r =>
            {
                var value = Text(ApiModel.FindDeep(r, field));
                return value is not null && (partial
                    ? value.Contains(wanted, StringComparison.OrdinalIgnoreCase)
                    : string.Equals(value, wanted, StringComparison.OrdinalIgnoreCase));
            }).ToList();
        }

        return records;
    }

    private static string? FieldName(List<JsonObject> records, string parameter, string? noun)
    {
        var candidates = new List<string> { parameter };
        if (noun is not null && parameter.StartsWith(noun + "_", StringComparison.Ordinal))
        {
            candidates.Add(parameter[(noun.Length + 1)..]);
        }

        return candidates.FirstOrDefault(c => records.Any(r => ApiModel.TryFindDeep(r, c, out var v) && v is not null));
    }

    private static List<JsonObject> Sort(List<JsonObject> records, string? sort)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return records;
        }

        IOrderedEnumerable<JsonObject>? ordered = null;
        foreach (var term in sort.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = term.Split(':', 2);
            var field = parts[0];
            var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            Func<JsonObject, JsonNode?> key = r => ApiModel.FindDeep(r, field);
            ordered = ordered is null
                ? descending ? records.OrderByDescending(key, NodeComparer.Instance) : records.OrderBy(key, NodeComparer.Instance)
                : descending ? ordered.ThenByDescending(key, NodeComparer.Instance) : ordered.ThenBy(key, NodeComparer.Instance);
        }

        return ordered?.ToList() ?? records;
    }

    private static List<JsonObject> Page(List<JsonObject> records, EmulatorRequest request, ScpOperationDescriptor operation)
    {
        bool Has(string name) => operation.Parameters.Any(p => p.Name == name && p.Location == ScpParameterLocation.Query);
        int Value(string name, int fallback)
        {
            var parameter = operation.Parameters.First(p => p.Name == name);
            if (int.TryParse(request.QueryValue(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var given))
            {
                return Math.Max(0, given);
            }

            return SchemaSet.Keyword(SchemaSet.Parse(parameter.SchemaJson), "default") is { ValueKind: JsonValueKind.Number } d && d.TryGetInt32(out var byDefault)
                ? byDefault
                : fallback;
        }

        if (Has("page") || Has("size"))
        {
            var size = Has("size") ? Value("size", 20) : 20;
            var page = Has("page") ? Value("page", 0) : 0;
            return size == 0 ? [] : records.Skip(page * size).Take(size).ToList();
        }

        var offset = Has("offset") ? Value("offset", 0) : 0;
        var limit = Has("limit") ? Value("limit", 20) : int.MaxValue;
        return records.Skip(offset).Take(limit).ToList();
    }

    private JsonNode? Check(string partition, EmulatorRequest request, ApiModel model, OperationBehaviour behaviour, ResponseShaper shaper, JsonElement? schema, JsonNode? example)
    {
        var records = store.WithKey(partition, behaviour.Collection!.Key).ToList();
        var exists = false;
        foreach (var (field, parameter) in behaviour.CheckFields)
        {
            var wanted = request.QueryValue(parameter);
            exists |= !string.IsNullOrEmpty(wanted) &&
                      records.Any(r => string.Equals(Text(ApiModel.FindDeep(r.Data, field)), wanted, StringComparison.Ordinal));
        }

        var overrides = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, property) in SchemaSet.PropertiesOf(model.Schemas.Resolve(schema)))
        {
            if (SchemaSet.TypeOf(model.Schemas.Resolve(property)) == "boolean")
            {
                overrides[name] = exists;
            }
        }

        return shaper.Shape(schema, [], example, overrides);
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    private sealed class NodeComparer : IComparer<JsonNode?>
    {
        public static readonly NodeComparer Instance = new();

        public int Compare(JsonNode? x, JsonNode? y)
        {
            if (x is null || y is null)
            {
                return (x is null ? 0 : 1) - (y is null ? 0 : 1);
            }

            if (x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number)
            {
                return SchemaSet.ToElement(x).GetDouble().CompareTo(SchemaSet.ToElement(y).GetDouble());
            }

            return string.CompareOrdinal(Text(x), Text(y));
        }
    }
}
