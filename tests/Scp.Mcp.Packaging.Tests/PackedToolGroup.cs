namespace Scp.Mcp.Packaging.Tests;

/// <summary>Every packaging test shares one packed and installed tool (packing is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class PackedToolGroup : ICollectionFixture<PackedToolFixture>
{
    public const string Name = "packed tool";
}
