using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Tests.Infrastructure;
using Scp.Sdk.Catalog;
using Xunit;

namespace Scp.Mcp.Generators.Tests;

/// <summary>The lifecycle planner: success response, status GET, id field, state field and states, curation overrides.</summary>
public sealed class LifecycleTests
{
    private const string Things = """
        "/v1/things": {
          "post": { "operationId": "CreateThing", "summary": "CreateThing", "responses": { "202": { "description": "Accepted", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Accepted" } } } } } },
          "get": { "operationId": "ListThings", "summary": "ListThings", "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } } }
        },
        "/v1/things/{thing_id}": {
          "get": { "operationId": "ShowThing", "summary": "ShowThing", "parameters": [{ "name": "thing_id", "in": "path", "required": true, "schema": { "type": "string" } }], "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThingDetail" } } } } } },
          "delete": { "operationId": "DeleteThing", "summary": "DeleteThing", "parameters": [{ "name": "thing_id", "in": "path", "required": true, "schema": { "type": "string" } }], "responses": { "204": { "description": "No Content" }, "202": { "description": "Accepted" } } }
        }
        """;

    private const string ThingSchemas = """
        "Thing": { "type": "object", "properties": { "id": { "type": "string" } } },
        "Accepted": { "type": "object", "properties": { "request_id": { "type": "string" }, "job": { "type": "object", "properties": { "thing_ref": { "type": "string" } } } } },
        "ThingDetail": { "type": "object", "properties": { "result": { "type": "object", "properties": { "status": { "type": "string", "description": "QUEUED, BUILDING, READY or BROKEN" }, "previous_state": { "type": "string" } } } } }
        """;

    private static readonly string[] ThingIds = ["CreateThing", "ListThings", "ShowThing", "DeleteThing"];

    [Fact]
    public void FileCreateVolume_202NamingVolumeId_IsFollowedOnTheVolumesOwnGet()
    {
        var create = Current("file_create_volume");

        var lifecycle = create.Lifecycle!;
        Assert.Equal("ShowVolume", lifecycle.StatusOperation.OperationId);
        var argument = Assert.Single(lifecycle.Arguments);
        Assert.Equal(("volume_id", true, "volume_id"), (argument.Name, argument.FromAnswer, argument.Path));
        Assert.Equal("state", lifecycle.StatePath);
        Assert.Contains("creating", lifecycle.TransitionalStates); // File Storage writes states in lower case
        Assert.DoesNotContain("available", lifecycle.TransitionalStates);
        Assert.False(lifecycle.NotFoundMeansDone);
        Assert.Equal(202, create.SuccessStatusCode);
    }

    [Theory]
    [InlineData("bmblock_create_volume", "ShowVolume", "resource_id", "result.state", false)]
    [InlineData("bmblock_delete_volume", "ShowVolume", null, "result.state", true)]
    [InlineData("cloudml_create_service", "ShowCloudML", "resource_id", "cloud_ml_state", false)]
    [InlineData("aimlops_create_platform", "GetAIMLOpsPlatformDetails", "resource_id", "release_state", false)]
    [InlineData("pfile_create_volume", "ShowVolume", "id", "state", false)]
    [InlineData("archive_delete_bucket", "ShowBucket", null, "state", true)]
    public void Lifecycle_RepresentativeOperations_InferredFromTheSpec(string tool, string statusOperation, string? idField, string statePath, bool notFoundMeansDone)
    {
        var lifecycle = Current(tool).Lifecycle!;

        Assert.Equal(statusOperation, lifecycle.StatusOperation.OperationId);
        Assert.Equal(idField, lifecycle.Arguments.SingleOrDefault(a => a.FromAnswer)?.Path);
        Assert.Equal(statePath, lifecycle.StatePath);
        Assert.Equal(notFoundMeansDone, lifecycle.NotFoundMeansDone);
    }

    [Fact]
    public void Lifecycle_BlockStorageVolume_StatesFromTheEnum()
    {
        var lifecycle = Current("bmblock_create_volume").Lifecycle!;

        Assert.Equal(["CREATING", "EDITING", "DELETING", "ATTACHING", "DETACHING"], lifecycle.TransitionalStates);
        Assert.Equal(["ERROR_DELETING", "ERROR_EDITING", "ERROR"], lifecycle.FailureStates);
    }

    [Theory]
    [InlineData("backup_create_backup")]   // 200 SyncResponse: done when answered
    [InlineData("archive_create_bucket")]  // 201 with the id: the bucket exists at once
    [InlineData("bmblock_set_volume_qos")]
    [InlineData("file_get_volume")]
    public void Lifecycle_SynchronousOrReadOperations_Null(string tool)
    {
        Assert.Null(Current(tool).Lifecycle);
    }

    [Fact]
    public void SuccessResponse_EveryOperation_IsTheLowest2xxWithABodyElseTheLowest2xx()
    {
        foreach (var operation in ScpCatalog.Operations)
        {
            var successes = operation.Responses.Where(r => r.StatusCode is >= 200 and < 300).OrderBy(r => r.StatusCode).ToList();
            var expected = successes.FirstOrDefault(r => r.SchemaJson is not null) ?? successes.FirstOrDefault();
            Assert.Same(expected, operation.SuccessResponse);
        }
    }

    [Fact]
    public void Generate_UnrecognisedIdAndDescribedStates_CreateNotFollowedDeleteReadsStatesFromDescription()
    {
        var spec = SpecBuilder.Spec(Things, ThingSchemas);
        var curation = SpecBuilder.Curation(string.Join(",\n", ThingIds.Select(id => "\"" + id + "\": { \"title\": \"" + id + "\" }")));

        var (diagnostics, sources) = Run(SpecBuilder.File("things/1.0.json", spec), SpecBuilder.File("things/tools.json", curation));

        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var catalog = sources["Things.V1_0.Catalog.g.cs"];
        var create = Section(catalog, "CreateThingOperation");
        Assert.DoesNotContain("Lifecycle", create, StringComparison.Ordinal); // job.thing_ref is not a name the rules know
        var delete = Section(catalog, "DeleteThingOperation");
        Assert.Contains("SuccessStatusCode = 202,", delete, StringComparison.Ordinal); // neither 202 nor 204 documents a body: the lowest
        Assert.Contains("StatusOperation = ShowThingOperation,", delete, StringComparison.Ordinal);
        Assert.Contains("StatePath = \"result.status\",", delete, StringComparison.Ordinal); // not result.previous_state
        Assert.Contains("TransitionalStates = new[] { \"BUILDING\" },", delete, StringComparison.Ordinal); // from the description
        Assert.Contains("NotFoundMeansDone = true,", delete, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_CurationOverride_SetsStatusIdAndStates()
    {
        var spec = SpecBuilder.Spec(Things, ThingSchemas);
        var curation = SpecBuilder.Curation("""
            "CreateThing": { "title": "Create", "lifecycle": { "id": "job.thing_ref", "transitional": ["QUEUED", "BUILDING"], "failure": ["BROKEN"] } },
            "DeleteThing": { "title": "Delete", "lifecycle": false },
            "ListThings": { "title": "List" }, "ShowThing": { "title": "Show" }
            """);

        var (diagnostics, sources) = Run(SpecBuilder.File("things/1.0.json", spec), SpecBuilder.File("things/tools.json", curation));

        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var catalog = sources["Things.V1_0.Catalog.g.cs"];
        var create = Section(catalog, "CreateThingOperation");
        Assert.Contains("new() { Name = \"thing_id\", FromAnswer = true, Path = \"job.thing_ref\" },", create, StringComparison.Ordinal);
        Assert.Contains("TransitionalStates = new[] { \"QUEUED\", \"BUILDING\" },", create, StringComparison.Ordinal);
        Assert.Contains("FailureStates = new[] { \"BROKEN\" },", create, StringComparison.Ordinal);
        Assert.DoesNotContain("Lifecycle", Section(catalog, "DeleteThingOperation"), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_MalformedLifecycleOverride_ReportsScpgen309AtTheKey()
    {
        var spec = SpecBuilder.Spec(Things, ThingSchemas);
        var curation = SpecBuilder.Curation("""
            "CreateThing": { "title": "Create", "lifecycle": { "state": 3 } },
            "DeleteThing": { "title": "Delete" }, "ListThings": { "title": "List" }, "ShowThing": { "title": "Show" }
            """);

        var (diagnostics, _) = Run(SpecBuilder.File("things/1.0.json", spec), SpecBuilder.File("things/tools.json", curation));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "SCPGEN309");
        Assert.Contains("\"state\"", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Generate_OverrideNamingAMissingGet_ReportsScpgen310()
    {
        var spec = SpecBuilder.Spec(Things, ThingSchemas);
        var curation = SpecBuilder.Curation("""
            "CreateThing": { "title": "Create", "lifecycle": { "status": "ListThingz", "id": "job.thing_ref" } },
            "DeleteThing": { "title": "Delete", "lifecycle": { "state": "result.colour" } },
            "ListThings": { "title": "List" }, "ShowThing": { "title": "Show" }
            """);

        var (diagnostics, _) = Run(SpecBuilder.File("things/1.0.json", spec), SpecBuilder.File("things/tools.json", curation));

        var reported = diagnostics.Where(d => d.Id == "SCPGEN310").Select(d => d.GetMessage()).ToList();
        Assert.Equal(2, reported.Count);
        Assert.Contains(reported, m => m.Contains("ListThingz", StringComparison.Ordinal));
        Assert.Contains(reported, m => m.Contains("result.colour", StringComparison.Ordinal));
    }

    private static ScpOperationDescriptor Current(string tool) => ScpCatalog.Operations.Single(o => o.ToolName == tool && o.IsCurrent);

    private static string Section(string source, string field)
    {
        var start = source.IndexOf(" " + field + " = new()", StringComparison.Ordinal);
        Assert.True(start >= 0, field);
        return source[start..source.IndexOf("\n    };", start, StringComparison.Ordinal)];
    }

    private static (IReadOnlyList<Diagnostic> Diagnostics, Dictionary<string, string> Sources) Run(params AdditionalText[] files)
    {
        var (_, _, result) = GeneratorHarness.Run(files);
        Assert.Null(result.Exception);
        return (result.Diagnostics, result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal));
    }
}
