using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Tests.Infrastructure;
using Xunit;

namespace Scp.Mcp.Generators.Tests;

/// <summary>One test per diagnostic id: the id, where it points, and that the rest still generates.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void Parse_InvalidJson_ReportsScpgen001AtTheBrokenLine()
    {
        var text = "{\n  \"openapi\": \"3.1.1\",\n  \"info\": { \"version\": \"1.0\" \n}";

        var (diagnostics, sources) = Run(SpecBuilder.File("things/1.0.json", text));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN001");
        Assert.Equal("/repo/specs/things/1.0.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain(sources.Keys, k => k.StartsWith("Things.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("things/tools.json", "SCPGEN002")]
    [InlineData("things/text.en.json", "SCPGEN003")]
    [InlineData("things/search.json", "SCPGEN320")]
    [InlineData("search-synonyms.json", "SCPGEN320")]
    [InlineData("search-actions.json", "SCPGEN320")]
    public void Parse_InvalidCurationJson_ReportsTheFilesOwnDiagnosticAtTheBrokenLine(string path, string id)
    {
        var (diagnostics, sources) = Run(
            SpecBuilder.File("things/1.0.json", SpecBuilder.Spec(SpecBuilder.ListThings)),
            SpecBuilder.File(path, "{\n  \"product\": \"things\",\n  \"operations\": { \n}"));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        Assert.Equal("/repo/specs/" + path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("invalid JSON", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(sources.Keys, k => k.StartsWith("Things.", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MissingProduct_ReportsScpgen001NamingTheField()
    {
        var (diagnostics, _) = Run(SpecBuilder.File("things/1.0.json", """{ "openapi": "3.1.1", "info": { "version": "1.0" }, "paths": {} }"""));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN001");
        Assert.Contains("x-scp-product", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedCurationEntry_ReportsScpgen002AtTheEntry()
    {
        var spec = SpecBuilder.Spec(SpecBuilder.ListThings);
        var curation = SpecBuilder.Curation("\"ListThings\": { \"title\": \"List things\", \"hidden\": \"yes\" }");

        var (diagnostics, _) = Run(SpecBuilder.File("things/1.0.json", spec), SpecBuilder.File("things/tools.json", curation));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN002");
        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("hidden", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidOperationId_ReportsScpgen101AndGeneratesTheRest()
    {
        var spec = SpecBuilder.Spec(SpecBuilder.ListThings + """
            , "/v1/other": { "get": { "operationId": "list-other", "responses": { "204": { "description": "No Content" } } } }
            """);

        var (diagnostics, sources) = Run(SpecBuilder.WithTitles(spec, "ListThings"));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN101");
        Assert.Contains("list-other", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("ListThingsAsync(", sources["Things.V1_0.Client.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateOperationId_ReportsScpgen102()
    {
        var spec = SpecBuilder.Spec(SpecBuilder.ListThings + """
            , "/v1/other": { "get": { "operationId": "ListThings", "responses": { "204": { "description": "No Content" } } } }
            """);

        var (diagnostics, _) = Run(SpecBuilder.WithTitles(spec, "ListThings"));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN102");
        Assert.Contains("/v1/other", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnusableSchemaName_ReportsScpgen103()
    {
        var spec = SpecBuilder.Spec(SpecBuilder.ListThings, SpecBuilder.Thing + """, "???": { "type": "object", "properties": {} }""");

        var (diagnostics, sources) = Run(SpecBuilder.WithTitles(spec, "ListThings"));

        Assert.Single(diagnostics, d => d.Id == "SCPGEN103");
        Assert.Contains("class Thing ", sources["Things.V1_0.Models.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnresolvableRef_ReportsScpgen201AtTheRefAndSkipsOnlyThatOperation()
    {
        var spec = SpecBuilder.Spec(SpecBuilder.ListThings + """
            ,
            "/v1/broken": { "get": { "operationId": "ShowBroken", "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Missing" } } } } } } }
            """);

        var (diagnostics, sources) = Run(SpecBuilder.WithTitles(spec, "ListThings"));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN201");
        Assert.Equal(6, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain("ShowBrokenAsync", sources["Things.V1_0.Client.g.cs"], StringComparison.Ordinal);
        Assert.Contains("ListThingsAsync(", sources["Things.V1_0.Client.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CookieParameter_ReportsScpgen202AndSkipsTheOperation()
    {
        var spec = SpecBuilder.Spec(SpecBuilder.ListThings + """
            , "/v1/cookie": { "get": { "operationId": "ShowCookie", "parameters": [{ "name": "session", "in": "cookie", "schema": { "type": "string" } }], "responses": { "204": { "description": "No Content" } } } }
            """);

        var (diagnostics, sources) = Run(SpecBuilder.WithTitles(spec, "ListThings"));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN202");
        Assert.Contains("cookie", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("ShowCookieAsync", sources["Things.V1_0.Client.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_CurationNamesUnknownOperation_ReportsScpgen301AtTheEntry()
    {
        var curation = SpecBuilder.Curation("\"ListThings\": { \"title\": \"List\" },\n\"ListGhosts\": { \"title\": \"Ghosts\" }");

        var (diagnostics, _) = Run(SpecBuilder.File("things/1.0.json", SpecBuilder.Spec(SpecBuilder.ListThings)), SpecBuilder.File("things/tools.json", curation));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN301");
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Theory]
    [InlineData("""
        { "product": "things", "terms": ["thing store"],
          "operations": { "ListThings": ["which things exist"], "ListGhosts": ["ghosts"] } }
        """, "aliases[\"things/ListThings\"] = [\"which things exist\"];")]
    [InlineData("""
        { "product": "things", "operations": { "ListThings": ["which things exist"] },
          "requests": { "ListThings": ["what things do we have in kr-west1?"], "ListGhosts": ["any ghosts around?"] } }
        """, "requests[\"things/ListThings\"] = [\"what things do we have in kr-west1?\"];")]
    public void Search_VocabularyNamesUnknownOperation_ReportsScpgen321AndEmitsTheRest(string search, string emitted)
    {
        var (diagnostics, sources) = Run(
            SpecBuilder.File("things/1.0.json", SpecBuilder.Spec(SpecBuilder.ListThings)),
            SpecBuilder.File("things/tools.json", SpecBuilder.Curation("\"ListThings\": { \"title\": \"List\" }")),
            SpecBuilder.File("things/search.json", search));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN321");
        Assert.Contains("ListGhosts", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(emitted, sources["ScpSearchVocabulary.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("ghosts", sources["ScpSearchVocabulary.g.cs"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("things/search.json", """{ "product": "things", "operations": { "ListThings": "not an array" } }""", "entry 'ListThings' is not an array")]
    [InlineData("things/search.json", """{ "product": "things", "operations": {}, "requests": ["list things"] }""", "\"requests\" is not an object keyed by operationId")]
    [InlineData("things/search.json", """{ "product": "things", "operations": {}, "requests": { "ListThings": [""] } }""", "requests of 'ListThings' is not an array")]
    [InlineData("things/search.json", """{ "terms": [] }""", "needs a string \"product\"")]
    [InlineData("search-synonyms.json", """{ "groups": [["disk", "volume"], ["lonely"]] }""", "group 1 has one word")]
    [InlineData("search-synonyms.json", """{ "groups": [ """, "invalid JSON")]
    [InlineData("search-actions.json", """{ "leadIns": ["please"] }""", "needs an object \"actions\"")]
    [InlineData("search-actions.json", """{ "actions": { "delete": { "english": ["get rid of"] } } }""", "English verb 'get rid of' has 3 words")]
    [InlineData("search-actions.json", """{ "actions": { "delete": { "korean": ["지워x"] } } }""", "Korean stem '지워x' has a character that is not Hangul")]
    [InlineData("search-actions.json", """{ "actions": { "create": { "english": ["set up"] }, "update": { "english": ["Set-up"] } } }""", "'Set-up' is under both 'create' and 'update'")]
    [InlineData("search-actions.json", """{ "actions": { "create": { "verbs": ["make"] } } }""", "action 'create' has the unknown key 'verbs'")]
    [InlineData("search-actions.json", """{ "actions": { "create": ["make"] } }""", "action 'create' is not an object")]
    public void Search_MalformedVocabulary_ReportsScpgen320(string path, string content, string expected)
    {
        var (diagnostics, _) = Run(SpecBuilder.File("things/1.0.json", SpecBuilder.Spec(SpecBuilder.ListThings)), SpecBuilder.File(path, content));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN320");
        Assert.Contains(expected, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Search_ToolVerbUnderTwoActions_IsKeptInBoth()
    {
        var actions = """
            { "actions": {
                "list": { "tool": ["list"], "english": ["which"] },
                "read": { "tool": ["list", "get"], "english": ["how often"] } } }
            """;

        var (diagnostics, sources) = Run(
            SpecBuilder.File("things/1.0.json", SpecBuilder.Spec(SpecBuilder.ListThings)),
            SpecBuilder.File("search-actions.json", actions));

        Assert.DoesNotContain(diagnostics, d => d.Id == "SCPGEN320");
        var source = sources["ScpSearchVocabulary.g.cs"];
        Assert.Contains("ScpSearchAction(\"list\", [\"list\"], [\"which\"], [])", source, StringComparison.Ordinal);
        Assert.Contains("ScpSearchAction(\"read\", [\"list\", \"get\"], [\"how often\"], [])", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ActionWords_AreEmittedAndAMalformedWordIsLeftOutAtItsLine()
    {
        var actions = """
            { "leadIns": ["can you"],
              "actions": {
                "create": { "tool": ["create"], "english": ["make", "spin up"], "korean": ["만들"] },
                "delete": { "tool": ["delete"], "english": ["make"] } } }
            """;

        var (diagnostics, sources) = Run(
            SpecBuilder.File("things/1.0.json", SpecBuilder.Spec(SpecBuilder.ListThings)),
            SpecBuilder.File("search-actions.json", actions));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN320");
        Assert.Contains("'make' is under both 'create' and 'delete'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("/repo/specs/search-actions.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var source = sources["ScpSearchVocabulary.g.cs"];
        Assert.Contains("leadIns.Add(\"can you\");", source, StringComparison.Ordinal);
        Assert.Contains("ScpSearchAction(\"create\", [\"create\"], [\"make\", \"spin up\"], [\"만들\"])", source, StringComparison.Ordinal);
        Assert.Contains("ScpSearchAction(\"delete\", [\"delete\"], [], [])", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Things-List")]
    [InlineData("things_list_with_a_name_that_is_far_too_long_for_mcp")]
    public void Plan_InvalidToolName_ReportsScpgen302(string tool)
    {
        var curation = SpecBuilder.Curation("\"ListThings\": { \"title\": \"List\", \"tool\": \"" + tool + "\" }");

        var (diagnostics, _) = Run(SpecBuilder.File("things/1.0.json", SpecBuilder.Spec(SpecBuilder.ListThings)), SpecBuilder.File("things/tools.json", curation));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN302");
        Assert.Contains(tool, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_DuplicateToolName_ReportsScpgen303NamingBothOperations()
    {
        var spec = SpecBuilder.Spec(SpecBuilder.ListThings + """
            , "/v1/other": { "get": { "operationId": "ListOthers", "responses": { "204": { "description": "No Content" } } } }
            """);
        var curation = SpecBuilder.Curation("\"ListThings\": { \"title\": \"List\" },\n\"ListOthers\": { \"title\": \"Others\", \"tool\": \"things_list_things\" }");

        var (diagnostics, _) = Run(SpecBuilder.File("things/1.0.json", spec), SpecBuilder.File("things/tools.json", curation));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN303");
        Assert.Contains("things/ListThings", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("things/ListOthers", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MissingTitle_ReportsScpgen304AndFallsBackToSummary()
    {
        var curation = SpecBuilder.Curation("\"ListThings\": { \"hidden\": true }");

        var (diagnostics, sources) = Run(SpecBuilder.File("things/1.0.json", SpecBuilder.Spec(SpecBuilder.ListThings)), SpecBuilder.File("things/tools.json", curation));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN304");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("Title = \"ListThings\"", sources["Things.V1_0.Catalog.g.cs"], StringComparison.Ordinal);
        Assert.Contains("Hidden = true", sources["Things.V1_0.Catalog.g.cs"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"safety\": \"dangerous\", \"reason\": \"x\"", "must be read, write or destructive")]
    [InlineData("\"safety\": \"destructive\"", "needs a \"reason\"")]
    public void Plan_InvalidSafety_ReportsScpgen305(string entry, string expected)
    {
        var curation = SpecBuilder.Curation("\"ListThings\": { \"title\": \"List\", " + entry + " }");

        var (diagnostics, _) = Run(SpecBuilder.File("things/1.0.json", SpecBuilder.Spec(SpecBuilder.ListThings)), SpecBuilder.File("things/tools.json", curation));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN305");
        Assert.Contains(expected, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NoCurationFile_ReportsScpgen306AndStillGenerates()
    {
        var (diagnostics, sources) = Run(SpecBuilder.File("things/1.0.json", SpecBuilder.Spec(SpecBuilder.ListThings)));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN306");
        Assert.Contains("named 'things_<operation>'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("ToolName = \"things_list_things\"", sources["Things.V1_0.Catalog.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TwoCurationFilesForOneProduct_ReportsScpgen307()
    {
        var curation = SpecBuilder.Curation("\"ListThings\": { \"title\": \"List\" }");

        var (diagnostics, _) = Run(
            SpecBuilder.File("things/1.0.json", SpecBuilder.Spec(SpecBuilder.ListThings)),
            SpecBuilder.File("things/tools.json", curation),
            SpecBuilder.File("zz-copy/tools.json", curation));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN307");
        Assert.EndsWith("zz-copy/tools.json", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_OperationDeprecatedInEveryVersion_ReportsScpgen308()
    {
        var deprecated = SpecBuilder.ListThings.Replace("\"summary\": \"ListThings\",", "\"summary\": \"ListThings\", \"deprecated\": true,", StringComparison.Ordinal);

        var (diagnostics, sources) = Run(SpecBuilder.WithTitles(SpecBuilder.Spec(deprecated), "ListThings"));

        Assert.Single(diagnostics, d => d.Id == "SCPGEN308");
        Assert.Contains("IsCurrent = false", sources["Things.V1_0.Catalog.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ValidSpecAndCuration_ReportsNothing()
    {
        var (diagnostics, sources) = Run(SpecBuilder.WithTitles(SpecBuilder.Spec(SpecBuilder.ListThings), "ListThings"));

        Assert.Empty(diagnostics);
        Assert.Contains("Things.V1_0.Catalog.g.cs", sources.Keys);
    }

    private static (IReadOnlyList<Diagnostic> Diagnostics, Dictionary<string, string> Sources) Run(params AdditionalText[] files)
    {
        var (_, _, result) = GeneratorHarness.Run(files);
        Assert.Null(result.Exception);
        return (result.Diagnostics, result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal));
    }
}
