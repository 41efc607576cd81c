namespace Scp.Sdk.Catalog;

/// <summary>A path, query or header parameter of an operation.</summary>
public sealed class ScpParameterDescriptor
{
    /// <summary>The API's own parameter name (wire name), e.g. <c>volume_id</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where the parameter travels.</summary>
    public required ScpParameterLocation Location { get; init; }

    /// <summary>True when the docs mark the parameter required.</summary>
    public required bool Required { get; init; }

    /// <summary>The docs' description (may be Korean).</summary>
    public string? Description { get; init; }

    /// <summary>JSON Schema of the parameter value as JSON text; <c>$ref</c>s point at <c>#/components/schemas/...</c>.</summary>
    public required string SchemaJson { get; init; }
}
