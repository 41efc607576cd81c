using System.Text.Json.Nodes;
using Scp.Emulator.Behaviour;

namespace Scp.Emulator.Errors;

/// <summary>Builds SCP-shaped error bodies: <c>{"errors":[{"code","title","status","detail","request_id"}]}</c>.</summary>
internal static class ScpErrorResult
{
    public static EmulatorResponse Create(int status, string code, string title, string detail, string requestId) =>
        Create(status, code, title, JsonValue.Create(detail), requestId);

    private static EmulatorResponse Create(int status, string code, string title, JsonNode detail, string requestId)
    {
        var error = new JsonObject
        {
            ["code"] = code,
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["request_id"] = requestId,
        };
        return new EmulatorResponse(status, new JsonObject { ["errors"] = new JsonArray(error) });
    }

    public static EmulatorResponse Unauthorized(string detail, string requestId) =>
        Create(401, "Unauthorized", "Authentication failed", detail, requestId);

    public static EmulatorResponse BadRequest(string detail, string requestId) =>
        Create(400, "BadRequest", "Invalid request", detail, requestId);

    /// <summary>A 400 whose <c>detail</c> is a list (as some SCP services send), e.g. every schema error of a request.</summary>
    public static EmulatorResponse BadRequest(IReadOnlyList<string> details, string requestId) =>
        Create(400, "BadRequest", "Invalid request", new JsonArray(details.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray()), requestId);

    public static EmulatorResponse NotFound(string detail, string requestId) =>
        Create(404, "NotFound", "Not found", detail, requestId);

    public static EmulatorResponse MethodNotAllowed(string detail, string requestId) =>
        Create(405, "MethodNotAllowed", "Method not allowed", detail, requestId);

    public static EmulatorResponse Conflict(string detail, string requestId) =>
        Create(409, "Conflict", "Conflict", detail, requestId);
}
