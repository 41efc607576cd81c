namespace Scp.SpecCapture.Model;

/// <summary>One row of a parameter table or a model's field table.</summary>
/// <param name="Line">1-based line of the row in its docs file.</param>
/// <param name="Location">path, query, header or body for parameters; null for model fields.</param>
/// <param name="Name">Parameter or field name.</param>
/// <param name="Required">The docs' required flag.</param>
/// <param name="Description">The description cell, split.</param>
/// <param name="Schema">The schema cell; null when the row has none (type then comes from <see cref="InferredType"/>).</param>
/// <param name="Default">The default cell; null when empty or <c>None</c>.</param>
/// <param name="InferredType">Primitive type inferred from the example when the row has no schema cell.</param>
public sealed record FieldDoc(
    int Line,
    string? Location,
    string Name,
    bool Required,
    DescriptionParts Description,
    SchemaType? Schema,
    string? Default,
    string? InferredType = null)
{
    /// <summary>A docs oddity tolerated while reading the row, reported as a note; null when none.</summary>
    public string? Oddity { get; init; }
}
