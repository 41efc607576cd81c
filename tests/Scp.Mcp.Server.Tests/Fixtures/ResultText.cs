using ModelContextProtocol.Protocol;

namespace Scp.Mcp.Server.Tests.Fixtures;

internal static class ResultText
{
    public static string Text(this CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
}
