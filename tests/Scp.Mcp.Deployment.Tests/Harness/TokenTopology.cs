namespace Scp.Mcp.Deployment.Tests.Harness;

/// <summary>The topology with replicas on <c>--confirm token</c>.</summary>
public sealed class TokenTopology() : Topology("token");

/// <summary>The collection sharing one <see cref="TokenTopology"/>; its tests run in name order (the fail-over test kills a replica).</summary>
[CollectionDefinition(Name)]
public sealed class TokenTopologyGroup : ICollectionFixture<TokenTopology>
{
    /// <summary>The collection name.</summary>
    public const string Name = "token topology";
}
