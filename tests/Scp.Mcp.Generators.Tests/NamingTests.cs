using Scp.Mcp.Generators.Parsing;
using Xunit;

namespace Scp.Mcp.Generators.Tests;

public sealed class NamingTests
{
    [Theory]
    [InlineData("CheckDuplicationAIMLOpsPlatformName", "check_duplication_aiml_ops_platform_name")]
    [InlineData("CreateVolumeSnapshot", "create_volume_snapshot")]
    [InlineData("ListV2Volumes", "list_v2_volumes")]
    [InlineData("ShowNFSVolume", "show_nfs_volume")]
    public void ToSnake_OperationId_SplitsWordsAsToolNamesExpect(string operationId, string expected)
    {
        Assert.Equal(expected, Naming.ToSnake(operationId));
    }

    [Theory]
    [InlineData("baremetal-blockstorage", "BaremetalBlockstorage")]
    [InlineData("cloud-ml", "CloudMl")]
    [InlineData("size_gb", "SizeGb")]
    [InlineData("IN_USE", "InUse")]
    [InlineData("iSCSI_target", "ISCSITarget")]
    [InlineData("1st", "N1st")]
    public void ToPascal_WireName_GivesCSharpIdentifier(string name, string expected)
    {
        Assert.Equal(expected, Naming.ToPascal(name));
    }

    [Theory]
    [InlineData("bmblock_create_volume_snapshot", true)]
    [InlineData("Bmblock_create", false)]
    [InlineData("bmblock-create", false)]
    [InlineData("1bmblock", false)]
    [InlineData("aimlops_check_duplication_aiml_ops_platform_name", true)]
    [InlineData("aimlops_check_duplication_aiml_ops_platform_names", false)]
    public void IsValidToolName_Candidate_FollowsPatternAndLengthRule(string name, bool expected)
    {
        Assert.Equal(expected, Naming.IsValidToolName(name));
    }
}
