namespace Scp.Sdk.Catalog.Schemas;

/// <summary>Which JSON Schema shape <see cref="ScpSchemaComposer"/> produces.</summary>
public enum ScpSchemaDialect
{
    /// <summary>JSON Schema 2020-12 with <c>$defs</c>/<c>$ref</c>, type arrays and <c>additionalProperties: false</c>.</summary>
    Default,

    /// <summary>
    /// For clients that accept only a simple subset (Gemini-style): references inlined (cycles cut to a plain
    /// object), nullable types reduced to their non-null type, no <c>additionalProperties</c>.
    /// </summary>
    Flat,
}
