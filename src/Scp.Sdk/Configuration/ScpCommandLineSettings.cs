namespace Scp.Sdk.Configuration;

/// <summary>
/// Values given on the command line (highest precedence). Null means "not given". The MCP server maps its
/// <c>--region</c>, <c>--environment</c> and <c>--profile</c> flags straight onto this.
/// </summary>
public sealed class ScpCommandLineSettings
{
    /// <summary>Access key.</summary>
    public string? AccessKey { get; set; }

    /// <summary>Secret key.</summary>
    public string? SecretKey { get; set; }

    /// <summary>Account id.</summary>
    public string? AccountId { get; set; }

    /// <summary>Region, e.g. <c>kr-west1</c>.</summary>
    public string? Region { get; set; }

    /// <summary>Environment: s, g or e.</summary>
    public string? Environment { get; set; }

    /// <summary>Endpoint override (absolute http or https URL).</summary>
    public string? EndpointOverride { get; set; }

    /// <summary>Accept-Language, e.g. <c>en-US</c>.</summary>
    public string? Language { get; set; }

    /// <summary>Named profile under <c>~/.scpconf/profiles/&lt;name&gt;/</c>.</summary>
    public string? Profile { get; set; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"ScpCommandLineSettings {{ AccessKey = {Transport.Redaction.Mask(AccessKey)}, SecretKey = {(SecretKey is null ? "(none)" : "***")}, " +
        $"Region = {Region ?? "(none)"}, Environment = {Environment ?? "(none)"}, Profile = {Profile ?? "(none)"} }}";
}
