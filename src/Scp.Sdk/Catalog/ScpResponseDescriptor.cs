namespace Scp.Sdk.Catalog;

/// <summary>One documented response of an operation.</summary>
public sealed class ScpResponseDescriptor
{
    /// <summary>HTTP status code, e.g. 200.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The docs' description, e.g. <c>OK</c>.</summary>
    public required string Description { get; init; }

    /// <summary>JSON Schema of the body as JSON text (<c>$ref</c>s into <c>#/components/schemas</c>), or null when the docs say None.</summary>
    public string? SchemaJson { get; init; }

    /// <summary>The docs' example body as JSON text, when the docs give one.</summary>
    public string? ExampleJson { get; init; }
}
