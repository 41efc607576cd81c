using System.Text.Json.Nodes;

namespace Scp.SpecCapture.Parsing;

/// <summary>An operation-version section read structurally; its table rows are interpreted once all models are known.</summary>
public sealed record RawOperation
{
    /// <summary>Line of the version heading.</summary>
    public required int Line { get; init; }

    /// <summary>Operation name as written.</summary>
    public required string Name { get; init; }

    /// <summary>API version.</summary>
    public required string Version { get; init; }

    /// <summary>Lower-case method.</summary>
    public required string Method { get; init; }

    /// <summary>Path template.</summary>
    public required string Path { get; init; }

    /// <summary>Description text.</summary>
    public required string Description { get; init; }

    /// <summary>Status text after 상태.</summary>
    public required string Status { get; init; }

    /// <summary>yyyy-MM-dd or null.</summary>
    public string? SupportedUntil { get; init; }

    /// <summary>Parameter rows.</summary>
    public required IReadOnlyList<RawRow> Parameters { get; init; }

    /// <summary>Response rows.</summary>
    public required IReadOnlyList<RawRow> Responses { get; init; }

    /// <summary>Example request body.</summary>
    public JsonNode? RequestExample { get; init; }

    /// <summary>Example responses by code, with the line of their <c>Response NNN</c> marker.</summary>
    public required IReadOnlyList<(string Code, int Line, JsonNode? Body)> ResponseExamples { get; init; }
}
