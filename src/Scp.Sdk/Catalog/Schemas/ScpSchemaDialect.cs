namespace Scp.Sdk.Catalog.Schemas;

/// <summary>Which JSON Schema shape <see cref="ScpSchemaComposer"/> produces.</summary>
public enum ScpSchemaDialect
{
    /// <summary>JSON Schema 2020-12 with <c>$defs</c>/<c>$ref</c>, and type arrays (the server treats every object that lists properties as closed).</summary>
    Default,

    /// <summary>
    /// For clients that accept only a simple subset (Gemini-style): references inlined (cycles cut to a plain
    /// object), nullable types reduced to their non-null type, no <c>additionalProperties</c>.
    /// </summary>
    Flat,
}
