using System.Text.Json.Nodes;
using Scp.Emulator.Routing;

namespace Scp.Emulator.Behaviour;

/// <summary>An authenticated, routed request.</summary>
internal sealed class EmulatorRequest
{
    public required RouteMatch Route { get; init; }

    public required string AccountId { get; init; }

    public required string RequestId { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Query { get; init; }

    public required Func<string, string?> Header { get; init; }

    public JsonNode? Body { get; set; }

    public string? QueryValue(string name) =>
        Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
