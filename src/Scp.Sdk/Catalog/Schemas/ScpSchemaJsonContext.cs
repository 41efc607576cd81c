using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Scp.Sdk.Catalog.Schemas;

/// <summary>Source-generated serialization for the JSON node types the schema code writes (AOT-safe).</summary>
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class ScpSchemaJsonContext : JsonSerializerContext;
