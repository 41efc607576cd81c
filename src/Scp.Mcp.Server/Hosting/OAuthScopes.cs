using System.Security.Claims;
using ModelContextProtocol.Server;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// The two OAuth scopes: <c>scp.read</c> lists and calls read tools; <c>scp.write</c> also lists and calls write and
/// destructive tools (a tool is a read tool when it is annotated <c>readOnlyHint: true</c>, in every tool mode).
/// </summary>
internal static class OAuthScopes
{
    /// <summary>Read operations.</summary>
    public const string Read = "scp.read";

    /// <summary>Write and destructive operations (destructive ones still pass the confirmation gate).</summary>
    public const string Write = "scp.write";

    /// <summary>True when <paramref name="user"/> holds <paramref name="scope"/> (<c>scope</c> or <c>scp</c> claims, space-separated).</summary>
    public static bool Has(ClaimsPrincipal? user, string scope)
    {
        if (user is null)
        {
            return false;
        }

        foreach (var claim in user.Claims)
        {
            if (claim.Type is "scope" or "scp" && claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when calling <paramref name="tool"/> needs <see cref="Write"/>.</summary>
    public static bool NeedsWrite(McpServerTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return tool.ProtocolTool.Annotations?.ReadOnlyHint != true;
    }
}
