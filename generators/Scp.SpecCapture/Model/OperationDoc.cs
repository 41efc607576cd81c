using System.Text.Json.Nodes;

namespace Scp.SpecCapture.Model;

/// <summary>One operation in one API version, as the docs describe it.</summary>
public sealed record OperationDoc
{
    /// <summary>Line of the version heading.</summary>
    public required int Line { get; init; }

    /// <summary>The operation name exactly as written, e.g. <c>Check Duplication AI&amp;MLOps Platform Name</c>.</summary>
    public required string Name { get; init; }

    /// <summary>API version, e.g. <c>1.1</c>.</summary>
    public required string Version { get; init; }

    /// <summary>Lower-case HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>Path template.</summary>
    public required string Path { get; init; }

    /// <summary>Description text.</summary>
    public required string Description { get; init; }

    /// <summary>The status line after <c>상태</c>, e.g. <c>ACTIVE (DEPRECATED)</c>.</summary>
    public required string Status { get; init; }

    /// <summary>yyyy-MM-dd or null.</summary>
    public string? SupportedUntil { get; init; }

    /// <summary>Path, query and header parameters in docs order.</summary>
    public required IReadOnlyList<FieldDoc> Parameters { get; init; }

    /// <summary>The <c>body</c> parameter row, if any.</summary>
    public FieldDoc? Body { get; init; }

    /// <summary>The example request body, if any.</summary>
    public JsonNode? RequestExample { get; init; }

    /// <summary>Responses in docs order.</summary>
    public required IReadOnlyList<ResponseDoc> Responses { get; init; }

    /// <summary>True when the status says DEPRECATED.</summary>
    public bool IsDeprecated => Status.Contains("DEPRECATED", StringComparison.Ordinal);
}
