namespace Scp.Mcp.Packaging.Tests;

/// <summary>The MCPB tests share one bundle (the AOT publish takes minutes).</summary>
[CollectionDefinition(Name)]
public sealed class McpbBundleGroup : ICollectionFixture<McpbBundleFixture>
{
    public const string Name = "mcpb bundle";
}
