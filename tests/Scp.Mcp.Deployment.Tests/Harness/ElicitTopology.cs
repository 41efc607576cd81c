namespace Scp.Mcp.Deployment.Tests.Harness;

/// <summary>The topology with replicas on the default policy, <c>--confirm elicit</c>.</summary>
public sealed class ElicitTopology() : Topology("elicit");

/// <summary>The collection sharing one <see cref="ElicitTopology"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ElicitTopologyGroup : ICollectionFixture<ElicitTopology>
{
    /// <summary>The collection name.</summary>
    public const string Name = "elicit topology";
}
