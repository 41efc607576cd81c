using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Mcp.Server;

/// <summary>
/// Everything the command line (and environment) decided for one server or CLI run. It sits at the project root because
/// every folder reads it; it uses none of them (docs/server.md, "Layout").
/// </summary>
internal sealed class ScpServerOptions
{
    /// <summary>Default address for <c>--transport http</c>.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5100";

    /// <summary>The MCP transport.</summary>
    public TransportKind Transport { get; init; } = TransportKind.Stdio;

    /// <summary>Addresses to bind for HTTP.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>When set, write and destructive tools are neither listed nor callable.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Product prefixes to offer (<see cref="Scp.Sdk.Catalog.ScpApiDescriptor.ToolPrefix"/>); empty means all.</summary>
    public IReadOnlyList<string> Toolsets { get; init; } = [];

    /// <summary>Tool-name globs to offer (<c>*</c>, <c>?</c>; a leading <c>!</c> excludes); empty means all.</summary>
    public IReadOnlyList<string> ToolGlobs { get; init; } = [];

    /// <summary>One tool per operation, the discover meta-tools, or (default) either, chosen per client.</summary>
    public ToolMode ToolMode { get; init; } = ToolMode.Auto;

    /// <summary>The confirmation policy for destructive calls.</summary>
    public ConfirmPolicy Confirm { get; init; } = ConfirmPolicy.Elicit;

    /// <summary>Run against the embedded emulator.</summary>
    public bool Emulator { get; init; }

    /// <summary>Emulator state file (<c>--emulator-store</c>); null: in memory for <c>serve</c>, a per-user file for <c>call</c>.</summary>
    public string? EmulatorStorePath { get; init; }

    /// <summary>SCP region (e.g. <c>kr-west1</c>), when given.</summary>
    public string? Region { get; init; }

    /// <summary>SCP environment (<c>s</c>, <c>g</c>, <c>e</c>), when given.</summary>
    public string? Environment { get; init; }

    /// <summary>Credential profile, when given.</summary>
    public string? Profile { get; init; }

    /// <summary>JSON-lines audit log path, when given; <c>-</c> is standard output (HTTP transport only).</summary>
    public string? AuditLogPath { get; init; }

    /// <summary>The language of tool descriptions and schema descriptions (<c>--language</c>, else <c>SCP_LANGUAGE</c>; default English).</summary>
    public ScpTextLanguage Language { get; init; } = ScpTextLanguage.English;

    /// <summary>The schema dialect of listed tools.</summary>
    public ScpSchemaDialect SchemaDialect { get; init; } = ScpSchemaDialect.Default;

    /// <summary>Bearer token HTTP clients must send; required when binding beyond loopback.</summary>
    public string? BearerToken { get; init; }

    /// <summary>OAuth 2.1 authorization server whose JWT access tokens HTTP clients must send (<c>--auth-authority</c>).</summary>
    public string? AuthAuthority { get; init; }

    /// <summary>Audience the access tokens must carry (<c>--auth-audience</c>); default the server's canonical MCP URL.</summary>
    public string? AuthAudience { get; init; }

    /// <summary>HMAC key for confirm tokens (shared by replicas); random per process when null.</summary>
    public string? ConfirmKey { get; init; }

    /// <summary>Redis connection for the single-use record of confirm tokens (shared by replicas); memory when null.</summary>
    public string? Redis { get; init; }

    /// <summary>How long a call that SCP answered 202 waits for the resource to settle.</summary>
    public TimeSpan LongRunningTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>First status check after a 202 answer.</summary>
    public TimeSpan LongRunningFirstDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Interval between later status checks.</summary>
    public TimeSpan LongRunningInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>The region as configured for messages: option, then environment, else a placeholder.</summary>
    public string DescribeRegion()
    {
        var region = Region ?? System.Environment.GetEnvironmentVariable("SCP_REGION")
            ?? System.Environment.GetEnvironmentVariable("SCP_TF_DEFAULT_REGION");
        return string.IsNullOrWhiteSpace(region) ? "the default region of your SCP configuration" : region;
    }
}
