using System.Text.Json;
using Scp.Mcp.Server.Tests.Fixtures;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Sdk.Tests;

public sealed class ScpSchemaComposerTests
{
    [Fact]
    public void Compose_ArrayResponse_WrapsOutputAsResult()
    {
        var schemas = ScpSchemaComposer.Compose(FixtureCatalog.Get("file_list_volume_names"));

        Assert.True(schemas.OutputWrapped);
        Assert.Equal(["array", "null"], schemas.Output.GetProperty("properties").GetProperty("result").GetProperty("type").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Compose_OutputSchema_PromisesOnlyShapes_InputStaysStrict()
    {
        var operation = FixtureCatalog.Get("file_list_volumes");

        var schemas = ScpSchemaComposer.Compose(operation);
        var output = schemas.Output.GetRawText();

        Assert.DoesNotContain("\"required\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"format\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"additionalProperties\":false", output, StringComparison.Ordinal);
        Assert.Contains("\"null\"", output, StringComparison.Ordinal);
        Assert.Contains("\"required\"", operation.Api.ComponentsJson, StringComparison.Ordinal);
        // The input keeps its constraints (the root is published open to save tokens; the server closes it when validating).
        Assert.Equal(100, schemas.Input.GetProperty("properties").GetProperty("limit").GetProperty("maximum").GetInt32());
        Assert.Equal(0, schemas.Input.GetProperty("properties").GetProperty("offset").GetProperty("minimum").GetInt32());
    }

    [Fact]
    public void Compose_EveryRealOperation_OutputSchemaHasNoRequiredEnumOrFormat()
    {
        var operations = ScpCatalog.Operations.Where(o => o.IsCurrent).ToList();

        var strict = operations.Where(o => ScpSchemaComposer.GetOutputSchema(o).GetRawText() is var text
            && (text.Contains("\"required\"", StringComparison.Ordinal) || text.Contains("\"enum\"", StringComparison.Ordinal) || text.Contains("\"format\"", StringComparison.Ordinal)));

        Assert.Empty(strict.Select(o => o.ToolName));
        Assert.Contains(operations, o => o.Api.ComponentsJson.Contains("\"enum\"", StringComparison.Ordinal));
        Assert.Contains(operations, o => ScpSchemaComposer.GetOutputSchema(o).GetRawText().Contains("\"examples\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"volumes":[{"id":null,"undocumented":1}],"count":"7","extra":{"a":[1]}}""", 1)]
    [InlineData("""{}""", 0)]
    [InlineData("""{"volumes":null,"count":null}""", 0)]
    public void Validate_DriftedAnswer_AgainstOutputSchema_FailsOnlyOnTypeMismatches(string answer, int errors)
    {
        var output = ScpSchemaComposer.GetOutputSchema(FixtureCatalog.Get("file_list_volumes"));

        var found = ScpArgumentValidator.Validate(JsonElement.Parse(answer), output);

        Assert.Equal(errors, found.Count);
    }

    [Fact]
    public void Compose_ObjectResponseByRef_InlinesRootAndKeepsOnlyReferencedDefs()
    {
        var schemas = ScpSchemaComposer.Compose(FixtureCatalog.Get("file_list_volumes"));

        Assert.False(schemas.OutputWrapped);
        Assert.Equal("object", schemas.Output.GetProperty("type").GetString());
        Assert.True(schemas.Output.GetProperty("properties").TryGetProperty("volumes", out _));
        Assert.Equal(["ReplicaNode", "VolumeShowResponse"], schemas.Output.GetProperty("$defs").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Compose_SameDescriptorTwice_ReturnsCachedInstance()
    {
        var operation = FixtureCatalog.Get("file_create_volume");

        Assert.Same(ScpSchemaComposer.Compose(operation), ScpSchemaComposer.Compose(operation));
    }

    [Fact]
    public void Compose_FlatDialect_HasNoRefsTypeArraysOrAdditionalPropertiesAndCutsCycles()
    {
        var create = ScpSchemaComposer.Compose(FixtureCatalog.Get("file_create_volume"), ScpSchemaDialect.Flat);
        var show = ScpSchemaComposer.Compose(FixtureCatalog.Get("file_show_volume"), ScpSchemaDialect.Flat);

        foreach (var text in new[] { create.Input.GetRawText(), create.Output.GetRawText(), show.Output.GetRawText() })
        {
            Assert.DoesNotContain("$ref", text, StringComparison.Ordinal);
            Assert.DoesNotContain("$defs", text, StringComparison.Ordinal);
            Assert.DoesNotContain("additionalProperties", text, StringComparison.Ordinal);
            Assert.DoesNotContain("anyOf", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"null\"", text, StringComparison.Ordinal);
        }

        var body = create.Input.GetProperty("properties").GetProperty("body");
        Assert.Equal("string", body.GetProperty("properties").GetProperty("cifs_password").GetProperty("type").GetString());
        Assert.Equal("integer", body.GetProperty("properties").GetProperty("snapshot_policy").GetProperty("properties")
            .GetProperty("schedule").GetProperty("properties").GetProperty("hour").GetProperty("type").GetString());
        var tree = show.Output.GetProperty("properties").GetProperty("replica_tree");
        Assert.Equal("object", tree.GetProperty("properties").GetProperty("children").GetProperty("items").GetProperty("type").GetString());
    }

    [Fact]
    public void Compose_NullableAnyOf_IsWrittenAsATypeWithNull_AcceptingTheSameValues()
    {
        var operation = new ScpOperationDescriptor
        {
            Api = FixtureCatalog.File11, OperationId = "Nullable", ToolName = "file_nullable", Title = "Nullable", Summary = "Nullable",
            Description = string.Empty, Method = "POST", PathTemplate = "/v1/nullable", Parameters = [],
            BodySchemaJson = """
                {"type":"object","properties":{
                  "day":{"anyOf":[{"type":"string","enum":["MON","TUE"]},{"type":"null"}],"description":"Day of week"},
                  "pool":{"anyOf":[{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}},{"type":"null"}]},
                  "either":{"anyOf":[{"type":"string"},{"type":"integer"}]}}}
                """,
            Responses = [], Safety = ScpSafety.Write, IsCurrent = true, Deprecated = false,
        };

        var input = ScpSchemaComposer.GetInputSchema(operation);
        var body = input.GetProperty("properties").GetProperty("body").GetProperty("properties");
        var flat = ScpSchemaComposer.GetInputSchema(operation, ScpSchemaDialect.Flat).GetProperty("properties").GetProperty("body").GetProperty("properties");

        Assert.Equal("""{"type":["string","null"],"enum":["MON","TUE",null],"description":"Day of week"}""", body.GetProperty("day").GetRawText());
        Assert.Equal(["object", "null"], body.GetProperty("pool").GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(2, body.GetProperty("either").GetProperty("anyOf").GetArrayLength());
        Assert.Equal("""{"type":"string","enum":["MON","TUE"],"description":"Day of week"}""", flat.GetProperty("day").GetRawText());
        foreach (var (arguments, errors) in new[]
        {
            ("""{"day":null,"pool":null}""", 0), ("""{"day":"TUE","pool":{"name":"p"}}""", 0),
            ("""{"day":"SUN"}""", 1), ("""{"pool":{}}""", 1), ("""{"pool":"p"}""", 1),
        })
        {
            var found = ScpArgumentValidator.Validate(JsonElement.Parse($$"""{"body":{{arguments}}}"""), input);
            Assert.True(errors == found.Count, $"{arguments}: {string.Join("; ", found)}");
        }
    }

    [Fact]
    public void Compose_DanglingReference_ThrowsNamingTheReference()
    {
        var operation = new ScpOperationDescriptor
        {
            Api = FixtureCatalog.File11, OperationId = "Broken", ToolName = "file_broken", Title = "Broken", Summary = "Broken",
            Description = string.Empty, Method = "POST", PathTemplate = "/v1/broken", Parameters = [],
            BodySchemaJson = """{ "$ref": "#/components/schemas/Missing" }""", Responses = [], Safety = ScpSafety.Write,
            IsCurrent = true, Deprecated = false,
        };

        var error = Assert.Throws<InvalidOperationException>(() => ScpSchemaComposer.Compose(operation));

        Assert.Contains("#/components/schemas/Missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_ManyThreadsOnFreshDescriptors_GiveTheSchemasOneThreadGives()
    {
        // Every round uses new descriptors, so the spec's components are parsed and first read by racing threads.
        var expected = FreshFileOperations().Select(o => Render(ScpSchemaComposer.Compose(o))).ToList();
        for (var round = 0; round < 20; round++)
        {
            var operations = FreshFileOperations();
            using var start = new Barrier(4);
            var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
            {
                start.SignalAndWait();
                var order = worker % 2 == 0 ? operations : Enumerable.Reverse(operations).ToList();
                foreach (var operation in order)
                {
                    ScpSchemaComposer.Compose(operation);
                }
            })).ToArray();
            await Task.WhenAll(workers);

            Assert.Equal(expected, operations.Select(o => Render(ScpSchemaComposer.Compose(o))));
        }
    }

    private static string Render(ScpComposedSchemas schemas) => schemas.Input.GetRawText() + "\n" + schemas.Output.GetRawText();

    private static List<ScpOperationDescriptor> FreshFileOperations()
    {
        var template = FixtureCatalog.File11;
        var api = new ScpApiDescriptor
        {
            Product = template.Product, Version = template.Version, ServiceName = template.ServiceName, ToolPrefix = template.ToolPrefix,
            IsCurrentVersion = template.IsCurrentVersion, ServerUrlTemplate = template.ServerUrlTemplate, Regions = template.Regions,
            Environments = template.Environments, ComponentsJson = template.ComponentsJson, SpecPath = template.SpecPath,
        };
        return FixtureCatalog.Operations.Where(o => o.Api == template).Select(o => new ScpOperationDescriptor
        {
            Api = api, OperationId = o.OperationId, ToolName = o.ToolName, Title = o.Title, Summary = o.Summary, Description = o.Description,
            Method = o.Method, PathTemplate = o.PathTemplate, Parameters = o.Parameters, BodySchemaJson = o.BodySchemaJson,
            BodyRequired = o.BodyRequired, Responses = o.Responses, Safety = o.Safety, IsCurrent = o.IsCurrent, Deprecated = o.Deprecated,
            SuccessStatusCode = o.SuccessStatusCode,
        }).ToList();
    }
}
