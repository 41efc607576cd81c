using Scp.Sdk.Catalog;

namespace Scp.Sdk.Tests.Support;

/// <summary>Builds catalogue descriptors by hand, as the generator would.</summary>
internal static class TestOperations
{
    public static ScpApiDescriptor Api(string product = "filestorage", string version = "1.1") => new()
    {
        Product = product,
        Version = version,
        ServiceName = "File Storage",
        ToolPrefix = "file",
        IsCurrentVersion = true,
        ServerUrlTemplate = $"https://{product}.{{region}}.{{environment}}.samsungsdscloud.com",
        Regions = ["kr-west1", "kr-east1"],
        Environments = ["s", "g", "e"],
        ComponentsJson = "{}",
        SpecPath = $"specs/{product}/{version}.json",
    };

    public static ScpOperationDescriptor Operation(
        string method, string pathTemplate, string product = "filestorage", string version = "1.1", params (string Name, ScpParameterLocation Location)[] parameters) => new()
    {
        Api = Api(product, version),
        OperationId = "TestOperation",
        ToolName = "file_test_operation",
        Title = "Test operation",
        Summary = "TestOperation",
        Description = "A test operation.",
        Method = method,
        PathTemplate = pathTemplate,
        Parameters = parameters.Select(p => new ScpParameterDescriptor
        {
            Name = p.Name,
            Location = p.Location,
            Required = p.Location == ScpParameterLocation.Path,
            SchemaJson = """{"type":"string"}""",
        }).ToList(),
        Responses = [new ScpResponseDescriptor { StatusCode = 200, Description = "OK" }],
        SuccessStatusCode = 200,
        Safety = method == "GET" ? ScpSafety.Read : method == "DELETE" ? ScpSafety.Destructive : ScpSafety.Write,
        IsCurrent = true,
        Deprecated = false,
    };
}
