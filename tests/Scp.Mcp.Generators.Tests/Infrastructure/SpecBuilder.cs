using Microsoft.CodeAnalysis;

namespace Scp.Mcp.Generators.Tests.Infrastructure;

/// <summary>Small specs and curation files for diagnostic tests, in the captured format (docs/spec-format.md).</summary>
internal static class SpecBuilder
{
    public const string ListThings = """
        "/v1/things": { "get": { "operationId": "ListThings", "summary": "ListThings", "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } } } }
        """;

    public const string Thing = """
        "Thing": { "type": "object", "properties": { "id": { "type": "string" } } }
        """;

    public static string Spec(string paths, string schemas = Thing, string version = "1.0", string status = "CURRENT") => $$"""
        {
          "openapi": "3.1.1",
          "info": { "title": "Things", "version": "{{version}}", "x-scp-product": "things", "x-scp-version-status": "{{status}}" },
          "servers": [{ "url": "https://things.{region}.{environment}.samsungsdscloud.com" }],
          "paths": {
            {{paths}}
          },
          "components": { "schemas": {
            {{schemas}}
          } }
        }
        """;

    public static string Curation(string operations, string product = "things") => $$"""
        {
          "product": "{{product}}",
          "prefix": "things",
          "operations": {
            {{operations}}
          }
        }
        """;

    public static AdditionalText File(string relativePath, string text) => new InMemoryAdditionalText("/repo/specs/" + relativePath, text);

    /// <summary>A spec file plus a curation file titling <paramref name="operationIds"/>.</summary>
    public static AdditionalText[] WithTitles(string spec, params string[] operationIds) =>
    [
        File("things/1.0.json", spec),
        File("things/tools.json", Curation(string.Join(",\n", operationIds.Select(id => "\"" + id + "\": { \"title\": \"" + id + "\" }")))),
    ];
}
