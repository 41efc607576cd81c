using Scp.Sdk.Catalog;

namespace Scp.Sdk.Invocation;

/// <summary>One call of one operation-version, with raw (unescaped) parameter values.</summary>
public sealed class ScpOperationRequest
{
    /// <summary>The operation to call; its product and version select the endpoint and <c>Scp-Api-Version</c>.</summary>
    public required ScpOperationDescriptor Operation { get; init; }

    /// <summary>Path parameter values by wire name, unescaped (the invoker escapes them).</summary>
    public IDictionary<string, string> PathValues { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Query values in order, unescaped; an array parameter repeats its name.</summary>
    public IList<KeyValuePair<string, string>> QueryValues { get; } = new List<KeyValuePair<string, string>>();

    /// <summary>Header parameter values by header name.</summary>
    public IDictionary<string, string> HeaderValues { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The JSON request body as UTF-8 bytes, or null when none is sent.</summary>
    public ReadOnlyMemory<byte>? JsonBody { get; init; }
}
