using System.Text.Json.Nodes;

namespace Scp.Emulator.Behaviour;

/// <summary>An answer of the emulator: status code and optional JSON body.</summary>
internal sealed record EmulatorResponse(int StatusCode, JsonNode? Body);
