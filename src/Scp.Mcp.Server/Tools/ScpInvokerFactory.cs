using Scp.Mcp.Server.Cli;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Tools;

/// <summary>
/// The single seam between the MCP server and the SCP transport: creates the <see cref="IScpOperationInvoker"/>
/// every tool call goes through, from the command-line settings (region, environment, profile, emulator).
/// </summary>
public static class ScpInvokerFactory
{
    /// <summary>Creates the invoker for <paramref name="settings"/>.</summary>
    public static IScpOperationInvoker Create(ScpServerSettings settings, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(services);

        // Wiring point for the transport branch: return the signing ScpHttpInvoker configured from
        // settings.Region / settings.Environment / settings.Profile (and the emulator's invoker for --emulator).
        return new UnconfiguredInvoker();
    }
}
