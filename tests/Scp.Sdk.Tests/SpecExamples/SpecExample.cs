using System.Text.Json;

namespace Scp.Sdk.Tests.SpecExamples;

/// <summary>One docs example in a captured spec with the schema it illustrates.</summary>
/// <param name="File">The spec, e.g. <c>backup/1.1.json</c>.</param>
/// <param name="Product">The product folder, e.g. <c>backup</c>.</param>
/// <param name="Id">Where: <c>CreateBackup request</c>, <c>CreateBackup response 200</c>, <c>ListBackups parameter size</c> or <c>Model.field</c>.</param>
/// <param name="Value">The example.</param>
/// <param name="Schema">Its schema (<c>$ref</c>s point into the spec's <c>components/schemas</c>).</param>
internal sealed record SpecExample(string File, string Product, string Id, JsonElement Value, JsonElement Schema);
