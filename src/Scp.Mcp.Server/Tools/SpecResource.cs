using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Tools;

/// <summary>One captured product-version offered as an MCP resource (<c>scp://specs/&lt;product&gt;/&lt;version&gt;</c>).</summary>
internal sealed class SpecResource : McpServerResource
{
    private readonly Lazy<string> _text;

    /// <summary>Creates the resource of <paramref name="api"/> with its operations.</summary>
    public SpecResource(ScpApiDescriptor api, IReadOnlyList<ScpOperationDescriptor> operations)
    {
        ArgumentNullException.ThrowIfNull(api);
        Uri = $"scp://specs/{api.Product}/{api.Version}";
        _text = new Lazy<string>(() => SpecDocumentBuilder.Build(api, operations));
        ProtocolResource = new Resource
        {
            Uri = Uri,
            Name = $"{api.Product}-{api.Version}",
            Title = $"{api.ServiceName} API {api.Version}{(api.IsCurrentVersion ? string.Empty : " (deprecated)")}",
            Description = $"OpenAPI 3.1 document of SCP {api.ServiceName} ({api.Product}) version {api.Version}, captured from the API reference ({api.SpecPath}).",
            MimeType = "application/json",
        };
    }

    /// <summary>The resource URI.</summary>
    public string Uri { get; }

    /// <inheritdoc/>
    public override Resource ProtocolResource { get; }

    /// <inheritdoc/>
    public override ResourceTemplate ProtocolResourceTemplate => new()
    {
        UriTemplate = Uri,
        Name = ProtocolResource.Name,
        Title = ProtocolResource.Title,
        Description = ProtocolResource.Description,
        MimeType = ProtocolResource.MimeType,
    };

    /// <inheritdoc/>
    public override IReadOnlyList<object> Metadata => [];

    /// <inheritdoc/>
    public override bool IsMatch(string uri) => string.Equals(uri, Uri, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(new ReadResourceResult
        {
            Contents = [new TextResourceContents { Uri = Uri, MimeType = "application/json", Text = _text.Value }],
        });
}
