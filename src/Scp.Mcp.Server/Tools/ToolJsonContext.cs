using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Scp.Mcp.Server.Tools;

/// <summary>Source-generated JSON metadata for the few types the server serializes itself (AOT-safe).</summary>
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonNode))]
[JsonSourceGenerationOptions(WriteIndented = false)]
internal sealed partial class ToolJsonContext : JsonSerializerContext;
