namespace Scp.Sdk.Catalog;

/// <summary>Where an operation parameter travels in the HTTP request.</summary>
public enum ScpParameterLocation
{
    /// <summary>Substituted into the path template.</summary>
    Path,

    /// <summary>Added to the query string.</summary>
    Query,

    /// <summary>Sent as an HTTP header.</summary>
    Header,
}
