namespace Scp.Mcp.Generators.Model;

/// <summary>One operation-version of a spec.</summary>
internal sealed record OperationModel(
    string OperationId,
    string HttpMethod,
    string PathTemplate,
    string Summary,
    string Description,
    bool Deprecated,
    string? SupportedUntil,
    EquatableArray<ParameterModel> Parameters,
    BodyModel? Body,
    EquatableArray<ResponseModel> Responses,
    TypeRef? ReturnType);

/// <summary>A path, query or header parameter.</summary>
internal sealed record ParameterModel(
    string WireName,
    string Name,
    string Location,
    bool Required,
    string? Description,
    string SchemaJson,
    TypeRef Type);

/// <summary>The JSON request body.</summary>
internal sealed record BodyModel(bool Required, string SchemaJson, string? ExampleJson, TypeRef Type);

/// <summary>One documented response.</summary>
internal sealed record ResponseModel(int StatusCode, string Description, string? SchemaJson, string? ExampleJson);
