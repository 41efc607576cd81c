using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Tests.Infrastructure;
using Xunit;

namespace Scp.Mcp.Generators.Tests;

/// <summary>One test per diagnostic id of the English text file <c>specs/&lt;product&gt;/text.en.json</c>, and what it emits.</summary>
public sealed class TextDiagnosticTests
{
    private const string DescribedListThings = """
        "/v1/things": { "get": { "operationId": "ListThings", "summary": "ListThings", "description": "물건 목록을 조회한다.", "parameters": [ { "name": "name", "in": "query", "required": false, "description": "물건 이름", "schema": { "type": "string" } } ], "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } } } }
        """;

    [Fact]
    public void Generate_TextFile_EmitsEnglishDescriptionAndTranslationsOfThisSpec()
    {
        var text = Text("""{ "ListThings": "List the things, with their IDs." }""", """{ "물건 이름": "Thing name", "물건 목록을 조회한다.": "List things." }""");

        var (diagnostics, sources) = Run(Files(text));

        Assert.Empty(diagnostics);
        var catalog = sources["Things.V1_0.Catalog.g.cs"];
        Assert.Contains("EnglishDescription = \"List the things, with their IDs.\",", catalog, StringComparison.Ordinal);
        Assert.Contains("[\"물건 이름\"] = \"Thing name\",", catalog, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextFileWithoutOperations_ReportsScpgen003()
    {
        var (diagnostics, _) = Run(Files("""{ "product": "things", "text": {} }"""));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN003");
        Assert.Equal("/repo/specs/things/text.en.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("operations", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownOperation_ReportsScpgen311AtTheEntry()
    {
        var (diagnostics, _) = Run(Files(Text("{ \"ListThings\": \"List things.\",\n    \"DeleteThing\": \"Delete a thing.\" }", "{}")));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN311");
        Assert.Contains("DeleteThing", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Check_OperationWithoutDescription_ReportsScpgen312()
    {
        var (diagnostics, _) = Run(Files(Text("{}", "{}")));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN312");
        Assert.Contains("ListThings", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TextKeyNoSpecHas_ReportsScpgen313()
    {
        var (diagnostics, _) = Run(Files(Text("""{ "ListThings": "List things." }""", """{ "물건 색깔": "Thing colour" }""")));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN313");
        Assert.Contains("물건 색깔", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HangulInEnglishValue_ReportsScpgen314()
    {
        var (diagnostics, _) = Run(Files(Text("""{ "ListThings": "List things." }""", """{ "물건 이름": "Thing 이름" }""")));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN314");
        Assert.Contains("Thing 이름", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DescriptionOver1024Characters_ReportsScpgen315()
    {
        var (diagnostics, _) = Run(Files(Text("{ \"ListThings\": \"" + new string('x', 1025) + "\" }", "{}")));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN315");
        Assert.Contains("1025", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private static string Text(string operations, string texts) => $$"""
        {
          "product": "things",
          "operations": {{operations}},
          "text": {{texts}}
        }
        """;

    private static AdditionalText[] Files(string text) =>
    [
        .. SpecBuilder.WithTitles(SpecBuilder.Spec(DescribedListThings), "ListThings"),
        SpecBuilder.File("things/text.en.json", text),
    ];

    private static (IReadOnlyList<Diagnostic> Diagnostics, Dictionary<string, string> Sources) Run(params AdditionalText[] files)
    {
        var (_, _, result) = GeneratorHarness.Run(files);
        Assert.Null(result.Exception);
        return (result.Diagnostics, result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal));
    }
}
