using Scp.SpecCapture.Model;
using Scp.SpecCapture.Parsing;

namespace Scp.SpecCapture.Tests;

public sealed class RowParserTests
{
    private static readonly HashSet<string> Models = new(StringComparer.Ordinal) { "Tag", "Snapshot", "VolumeCreateRequest" };

    private static RawRow Row(string line, int number = 7) => new(number, TableParser.SplitRow(line)!);

    private static Exception Error(int line, string problem) => new DocsFormatException("docs.txt", line, problem);

    [Fact]
    public void ParseParameterRow_QueryRowWithDefault_ReadsEveryCell()
    {
        var row = Row("| query | size optional | Size Example : 20 | any of [integer, null] | 20 |");

        var parameter = RowParser.ParseParameterRow(row, Models, Error);

        Assert.Equal("query", parameter.Location);
        Assert.Equal("size", parameter.Name);
        Assert.False(parameter.Required);
        Assert.Equal("Size", parameter.Description.Text);
        Assert.Equal("20", parameter.Description.Example);
        Assert.Equal(SchemaKind.AnyOf, parameter.Schema!.Kind);
        Assert.Equal("20", parameter.Default);
    }

    [Fact]
    public void ParseParameterRow_DefaultNone_HasNoDefault()
    {
        var row = Row("| path | cluster_id required | Cluster ID Example : 10a5 | string | None |");

        var parameter = RowParser.ParseParameterRow(row, Models, Error);

        Assert.True(parameter.Required);
        Assert.Equal("path", parameter.Location);
        Assert.Null(parameter.Default);
    }

    [Fact]
    public void ParseParameterRow_LastRowWithoutDefaultCell_StillFindsTheSchema()
    {
        var row = Row("| query | status optional | Service State Example : DEPLOYED | string |");

        var parameter = RowParser.ParseParameterRow(row, Models, Error);

        Assert.Equal("string", parameter.Schema!.Name);
        Assert.Equal("DEPLOYED", parameter.Description.Example);
        Assert.Null(parameter.Default);
    }

    [Theory]
    [InlineData("| path required | volume_id | 볼륨 id Example : abc | string | None |", true)]
    [InlineData("| path optional | volume_id | 볼륨 id Example : abc | string | None |", false)]
    public void ParseParameterRow_FlagInTypeCell_UsesIt(string line, bool required)
    {
        var parameter = RowParser.ParseParameterRow(Row(line), Models, Error);

        Assert.Equal("path", parameter.Location);
        Assert.Equal("volume_id", parameter.Name);
        Assert.Equal(required, parameter.Required);
    }

    [Fact]
    public void ParseParameterRow_TypeAndNameCellsDisagree_NameCellWinsAndIsReported()
    {
        var parameter = RowParser.ParseParameterRow(Row("| query optional | limit required | x | integer | None |"), Models, Error);

        Assert.True(parameter.Required);
        Assert.Contains("the Name cell wins", parameter.Oddity, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("| path required | | 볼륨 id Example : abc | string | None |")]
    [InlineData("| path required | 볼륨 id Example : abc | string | None |")]
    public void ParseParameterRow_TypeCellWithFlagAndNoName_LeavesTheNameToThePath(string line)
    {
        var parameter = RowParser.ParseParameterRow(Row(line), Models, Error);

        Assert.Equal(string.Empty, parameter.Name);
        Assert.True(parameter.Required);
        Assert.Equal("볼륨 id", parameter.Description.Text);
        Assert.Equal("abc", parameter.Description.Example);
        Assert.Equal("string", parameter.Schema!.Name);
    }

    [Fact]
    public void ParseParameterRow_BodyRow_ReferencesTheModel()
    {
        var body = RowParser.ParseParameterRow(Row("| body | body required | VolumeCreateRequest |"), Models, Error);

        Assert.Equal("body", body.Location);
        Assert.True(body.Required);
        Assert.Equal(new SchemaType(SchemaKind.Reference, Name: "VolumeCreateRequest"), body.Schema);
    }

    [Fact]
    public void ParseParameterRow_BodyRowWithUnknownModel_Throws()
    {
        var error = Assert.Throws<DocsFormatException>(() => RowParser.ParseParameterRow(Row("| body | body required | Nope |", 9), Models, Error));

        Assert.Equal(9, error.LineNumber);
    }

    [Fact]
    public void ParseParameterRow_PipesInsideExample_KeepTheExampleAndTheEnum()
    {
        var row = Row("| query | server_category required | 대상 서버 카테고리 Example : VIRTUAL_SERVER | GPU_SERVER | BAREMETAL_SERVER | enum (VIRTUAL_SERVER, GPU_SERVER, BAREMETAL_SERVER) | None |");

        var parameter = RowParser.ParseParameterRow(row, Models, Error);

        Assert.Equal("대상 서버 카테고리", parameter.Description.Text);
        Assert.Equal("VIRTUAL_SERVER | GPU_SERVER | BAREMETAL_SERVER", parameter.Description.Example);
        Assert.Equal(["VIRTUAL_SERVER", "GPU_SERVER", "BAREMETAL_SERVER"], parameter.Schema!.Values!);
    }

    [Fact]
    public void ParseFieldRow_PipeInsidePattern_KeepsThePatternWhole()
    {
        var row = Row("| hour required | 스냅샷 스케줄 시간 Example : 23Pattern : ^([0-9]|1[0-9]|2[0-3])$ | string |");

        var field = RowParser.ParseFieldRow(row, Models, Error);

        Assert.Equal("^([0-9]|1[0-9]|2[0-3])$", field.Description.Pattern);
        Assert.Equal("23", field.Description.Example);
        Assert.Equal("스냅샷 스케줄 시간", field.Description.Text);
        Assert.Equal("string", field.Schema!.Name);
    }

    [Fact]
    public void ParseFieldRow_ExampleValueWhereTheSchemaShouldBe_IsNotTakenForAType()
    {
        // Last row of a table, the description's example "Public | Private" split into two cells.
        var row = Row("| ai_ml_ops_platform_endpoint_type optional | Endpoint Type Example : Public | Private | any of [string, null] |");

        var field = RowParser.ParseFieldRow(row, Models, Error);

        Assert.Equal("Public | Private", field.Description.Example);
        Assert.True(field.Schema!.IsNullable);
    }

    [Fact]
    public void ParseFieldRow_NoSchemaCellAtAll_InfersTheTypeFromTheExample()
    {
        var row = Row("| frequency optional | 주기 DAILY | WEEKLY | NONE Example : DAILY |");

        var field = RowParser.ParseFieldRow(row, Models, Error);

        Assert.Null(field.Schema);
        Assert.Equal("string", field.InferredType);
        Assert.Equal("주기 DAILY | WEEKLY | NONE", field.Description.Text);
        Assert.Equal("DAILY", field.Description.Example);
        Assert.Null(field.Default);
    }

    [Fact]
    public void ParseFieldRow_NoDescriptionCell_ReadsTheSchema()
    {
        var field = RowParser.ParseFieldRow(Row("| tags optional | any of [array[Tag], null] |"), Models, Error);

        Assert.Equal(string.Empty, field.Description.Text);
        Assert.Equal(["Tag"], field.Schema!.References());
    }

    [Fact]
    public void ParseFieldRow_EmptyTrailingCells_AreIgnored()
    {
        var field = RowParser.ParseFieldRow(Row("| snapshots required | array[Snapshot] | ||"), Models, Error);

        Assert.True(field.Required);
        Assert.Equal(SchemaKind.Array, field.Schema!.Kind);
        Assert.Null(field.Default);
    }

    [Fact]
    public void ParseFieldRow_DefaultCell_IsKept()
    {
        var field = RowParser.ParseFieldRow(Row("| day_of_week optional | 요일 Example : MON | string | MON |"), Models, Error);

        Assert.Equal("MON", field.Default);
    }

    [Fact]
    public void ParseFieldRow_MissingRequiredFlag_ThrowsWithLine()
    {
        var error = Assert.Throws<DocsFormatException>(() => RowParser.ParseFieldRow(Row("| hour | 시간 | integer | |", 120), Models, Error));

        Assert.Equal(120, error.LineNumber);
        Assert.Contains("'required' or 'optional'", error.Message, StringComparison.Ordinal);
    }
}
