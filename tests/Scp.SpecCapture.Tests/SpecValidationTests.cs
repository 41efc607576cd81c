using System.Text;
using Scp.SpecCapture.Validation;

namespace Scp.SpecCapture.Tests;

public sealed class SpecValidationTests
{
    public static TheoryData<string> CommittedSpecs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestPaths.SpecsDirectory, "*.json", SearchOption.AllDirectories)
                     .Where(f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f), @"^\d+(\.\d+)*\.json$")) // version-named specs; the rest is curation data
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestPaths.SpecsDirectory, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommittedSpecs))]
    public void Validate_CommittedSpec_LoadsWithZeroErrors(string relativePath)
    {
        var errors = OpenApiValidator.Validate(File.ReadAllBytes(Path.Combine(TestPaths.SpecsDirectory, relativePath)));

        Assert.True(errors.Count == 0, $"{relativePath}:\n" + string.Join('\n', errors));
    }

    [Fact]
    public void Validate_DanglingReference_ReportsAnError()
    {
        const string Spec = """
            {"openapi":"3.1.1","info":{"title":"t","version":"1.0"},"paths":{"/x":{"get":{"responses":{"200":{"description":"OK",
            "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Missing"}}}}}}}},"components":{"schemas":{}}}
            """;

        var errors = OpenApiValidator.Validate(Encoding.UTF8.GetBytes(Spec));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Validate_NotJson_ReportsAnError()
    {
        var errors = OpenApiValidator.Validate(Encoding.UTF8.GetBytes("{\"openapi\": \"3.1.1\", \"info\": "));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Validate_MissingInfo_ReportsAnError()
    {
        var errors = OpenApiValidator.Validate(Encoding.UTF8.GetBytes("""{"openapi":"3.1.1","paths":{}}"""));

        Assert.NotEmpty(errors);
    }
}
