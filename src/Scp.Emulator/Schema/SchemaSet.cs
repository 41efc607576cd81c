using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Emulator.Schema;

/// <summary>
/// The component schemas of one product-version as a root that <c>#/components/schemas/…</c> references resolve
/// against; schema navigation itself is the SDK's <see cref="ScpSchemaReader"/>.
/// </summary>
internal sealed class SchemaSet
{
    public SchemaSet(string componentsJson)
    {
        var components = string.IsNullOrWhiteSpace(componentsJson) ? "{}" : componentsJson;
        Root = JsonElement.Parse("{\"components\":{\"schemas\":" + components + "}}");
    }

    /// <summary>The spec-shaped root: <c>{"components":{"schemas":{…}}}</c>.</summary>
    public JsonElement Root { get; }

    /// <summary>Parses a schema given as JSON text; null or blank gives null.</summary>
    public static JsonElement? Parse(string? schemaJson) =>
        string.IsNullOrWhiteSpace(schemaJson) ? null : JsonElement.Parse(schemaJson);

    /// <summary>Follows <c>$ref</c>s and unwraps <c>anyOf [X, null]</c>; <paramref name="nullable"/> tells whether null is allowed.</summary>
    public JsonElement? Resolve(JsonElement? schema, out bool nullable) => ScpSchemaReader.Resolve(schema, Root, out nullable);

    /// <summary>Resolves without reporting nullability.</summary>
    public JsonElement? Resolve(JsonElement? schema) => ScpSchemaReader.Resolve(schema, Root, out _);

    /// <summary>The schema's main type (<see cref="ScpSchemaReader.MainType"/>).</summary>
    public static string? TypeOf(JsonElement? resolved) => ScpSchemaReader.MainType(resolved);

    /// <summary>The properties of an object schema (resolved), in declaration order.</summary>
    public static IEnumerable<KeyValuePair<string, JsonElement>> PropertiesOf(JsonElement? resolved) => ScpSchemaReader.Properties(resolved);

    /// <summary>A keyword's value (<see cref="ScpSchemaReader.Keyword"/>).</summary>
    public static JsonElement? Keyword(JsonElement? schema, string keyword) => ScpSchemaReader.Keyword(schema, keyword);

    /// <summary>True when <paramref name="value"/> fits <paramref name="schema"/> (a component or property schema of this set).</summary>
    public bool Fits(JsonNode? value, JsonElement schema) => ScpArgumentValidator.IsValid(ToElement(value), schema, Root);

    /// <summary>A mutable copy of a schema's value (an example, a default, an enum value) for a response body.</summary>
    public static JsonNode? ToNode(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(value.Value),
        JsonValueKind.Array => JsonArray.Create(value.Value),
        JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => JsonValue.Create(value.Value),
        _ => null,
    };

    /// <summary>A request or record value as a <see cref="JsonElement"/>, for the SDK's validator.</summary>
    public static JsonElement ToElement(JsonNode? value) => JsonElement.Parse(value?.ToJsonString() ?? "null");
}
