using System.Text.Json;

namespace Scp.Sdk.Catalog.Schemas;

/// <summary>
/// The component schemas of one spec, parsed once and shared by every composition of that spec. Held as immutable
/// <see cref="JsonElement"/>s, so any number of threads may compose at once (a parsed <c>JsonNode</c> tree
/// materializes lazily on first read and is not safe to share).
/// </summary>
internal sealed class ComponentSchemas
{
    private readonly Dictionary<string, JsonElement> _schemas;

    private ComponentSchemas(Dictionary<string, JsonElement> schemas) => _schemas = schemas;

    /// <summary>No component schemas.</summary>
    public static ComponentSchemas Empty { get; } = new(new Dictionary<string, JsonElement>(StringComparer.Ordinal));

    /// <summary>Parses the spec's <c>components.schemas</c> object (schema name → schema); null when it is not a JSON object.</summary>
    /// <exception cref="JsonException">Not valid JSON.</exception>
    public static ComponentSchemas? Parse(string json)
    {
        // One self-contained document for the whole spec, its schemas elements of it (no copy per schema).
        var root = JsonElement.Parse(json);
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var schemas = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            schemas[property.Name] = property.Value;
        }

        return new ComponentSchemas(schemas);
    }

    /// <summary>The component object schema <paramref name="name"/>, or null when there is no such object schema.</summary>
    public JsonElement? Get(string name) =>
        _schemas.TryGetValue(name, out var schema) && schema.ValueKind == JsonValueKind.Object ? schema : null;
}
