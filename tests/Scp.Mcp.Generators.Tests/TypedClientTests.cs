using Scp.Mcp.Generators.Tests.Infrastructure;
using Xunit;

namespace Scp.Mcp.Generators.Tests;

/// <summary>Uses the SDK generated from the fixture specs the way a caller would (see Fixtures/FixtureScenarios.cs).</summary>
public sealed class TypedClientTests
{
    [Fact]
    public async Task ListVolumesAsync_QueryArraysAndUnknownEnumValue_FormatsQueryAndKeepsValue()
    {
        var observed = await CompiledSdk.RunScenario("ListVolumes");

        Assert.Equal("demo_list_volumes|limit=20&states=AVAILABLE&states=FROZEN|FROZEN:False:True|2024-05-01 09:00:00|5", observed);
    }

    [Fact]
    public async Task CreateVolumeAsync_TypedBodyAndHeader_SendsJsonAndReturnsTypedResponse()
    {
        var observed = await CompiledSdk.RunScenario("CreateVolume");

        Assert.Equal("""POST /v1/volumes|{"name":"data","size_gb":100,"disk_type":"SSD"}|tests|req-1|null""", observed);
    }

    [Fact]
    public async Task ShowVolumeAsync_DeprecatedVersion_UsesDeprecatedDescriptorWithCurrentToolName()
    {
        var observed = await CompiledSdk.RunScenario("ShowDeprecatedVolume");

        Assert.Equal("v 1|v 1|demo_show_volume|False|True|2025-12-31|1.0", observed);
    }

    [Fact]
    public async Task DeleteVolumeAsync_NoResponseSchema_ReturnsRawResponseAndIsDestructive()
    {
        var observed = await CompiledSdk.RunScenario("DeleteVolume");

        Assert.Equal("204|Destructive|True", observed);
    }

    [Fact]
    public async Task Catalog_FixtureSpecs_ListsEveryOperationVersionWithCuration()
    {
        var observed = await CompiledSdk.RunScenario("Catalog");

        Assert.Equal(
            "demo-storage@1.0,demo-storage@1.1*"
            + "|1.0:demo_show_volume:Read,1.1:demo_create_volume:Write*,1.1:demo_snapshot_volume:Write*,1.1:demo_delete_volume:Destructive*,1.1:demo_list_volumes:Read*,1.1:demo_show_volume:Read*"
            + "|Only reads the volume.|List volumes",
            observed);
    }
}
