using System.Diagnostics.CodeAnalysis;

namespace Scp.Mcp.Server;

/// <summary>
/// Feature switches of the build. The stdio build (<c>-p:ScpHttpTransport=false</c>, the MCPB bundle's) sets
/// <see cref="HttpTransport"/> to false with <c>Trim="true"</c>, so Native AOT compiles every guarded path away: the
/// Streamable HTTP host with Kestrel and ASP.NET Core, OAuth (JwtBearer) and the Redis record shared by HTTP replicas.
/// </summary>
internal static class ServerFeatures
{
    /// <summary>The runtime switch name (<c>RuntimeHostConfigurationOption</c> in the server's csproj).</summary>
    public const string HttpTransportSwitch = "Scp.Mcp.Server.HttpTransport";

    /// <summary>What the stdio build answers when asked for something it does not carry.</summary>
    public const string StdioBuildFix =
        "this is the stdio-only build of scp-mcp (the MCPB bundle's): install the full build (dotnet tool install -g Scp.Mcp) or run the container image (deploy/container) for it";

    /// <summary>True unless this is the stdio build: the HTTP transport, OAuth and Redis are in the binary.</summary>
    [FeatureSwitchDefinition(HttpTransportSwitch)]
    public static bool HttpTransport => !AppContext.TryGetSwitch(HttpTransportSwitch, out var enabled) || enabled;
}
