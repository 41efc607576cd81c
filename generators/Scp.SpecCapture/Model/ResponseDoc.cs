using System.Text.Json.Nodes;

namespace Scp.SpecCapture.Model;

/// <summary>One row of an operation's Responses table, with the example the docs give for that code.</summary>
/// <param name="Line">Line of the row.</param>
/// <param name="Code">HTTP status code as written.</param>
/// <param name="Description">The description cell, e.g. <c>OK</c>.</param>
/// <param name="Schema">The schema; null when the docs say <c>None</c>.</param>
/// <param name="Example">The example response body; null when the docs give none.</param>
public sealed record ResponseDoc(int Line, string Code, string Description, SchemaType? Schema, JsonNode? Example);
