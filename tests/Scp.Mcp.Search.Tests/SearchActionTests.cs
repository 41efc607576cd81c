using Scp.Mcp.Server.Modes;
using Xunit;

namespace Scp.Mcp.Search.Tests;

/// <summary>
/// The action a request asks for is read only from a verb in verb position: a tool-name verb used as a noun
/// ("the run log", "consistency set") asks for nothing, so it cannot lift the wrong operation (docs/search.md).
/// </summary>
public sealed class SearchActionTests
{
    [Theory]
    [InlineData("delete the old volume", "delete")]
    [InlineData("please tear down the share", "delete")]
    [InlineData("can you set up a nightly backup", "create")]
    [InlineData("I want to change the IOPS", "update")]
    [InlineData("which buckets exist", "list")]
    [InlineData("what's the state of the service", "get")]
    [InlineData("roll back the disk", "restore")]
    [InlineData("볼륨 스냅샷 지워줘", "delete")]
    [InlineData("새 볼륨 만들어줘", "create")]
    [InlineData("그룹 스냅샷으로 되돌려줘", "restore")]
    [InlineData("볼륨을 어제 스냅샷 상태로 돌려놔", "restore")]
    [InlineData("please stand up a new share", "create")]
    [InlineData("wipe the scratch disk", "delete")]
    [InlineData("postpone the snapshot schedule to 3 am", "update")]
    [InlineData("is the cluster large enough for Kubeflow", "check")]
    [InlineData("are there any archive policies", "list")]
    [InlineData("can we wipe the scratch disk", "delete")]
    [InlineData("is it possible to roll back the disk", "restore")]
    [InlineData("make sure the namespace is free", "check")]
    [InlineData("볼륨 스냅샷 일정 갱신해줘", "update")]
    [InlineData("how often does the share get a snapshot", "read")]
    [InlineData("when does the nightly backup start", "read")]
    [InlineData("show me the snapshots of the db disk", "read")]
    [InlineData("show all buckets", "list")]
    [InlineData("show the run log of last night", "read")] // "show" is the verb; "run" a noun
    [InlineData("백업 정책 목록 보여줘", "read")]
    [InlineData("그 볼륨 상태 좀 알려줘", "read")]
    public void Of_VerbInVerbPosition_GivesItsAction(string request, string action) =>
        Assert.Equal(action, SearchAction.Of(request));

    [Theory]
    [InlineData("the run log of last night")]
    [InlineData("the consistency set of the oracle disks")]
    [InlineData("snapshot schedule of vol-db01")]
    [InlineData("볼륨 그룹 복제 상태")]
    public void Of_ToolVerbUsedAsNoun_GivesNoAction(string request) => Assert.Null(SearchAction.Of(request));

    [Theory]
    [InlineData("bmblock_remove_volume_group_members", "delete")]
    [InlineData("archive_update_policy", "update")]
    [InlineData("archive_set_policy_state", "update")]
    [InlineData("aimlops_validate_cluster_namespace", "check")]
    public void OfTool_ReadsTheToolVerb(string tool, string action) => Assert.Equal(action, SearchAction.OfTool(tool));

    [Theory]
    [InlineData("file_list_snapshot_schedules", new[] { "list", "read" })]
    [InlineData("archive_get_policy", new[] { "get", "read" })]
    [InlineData("file_update_snapshot_schedule", new[] { "update" })]
    public void ActionsOfTool_ListAndGetAlsoAnswerReadQuestions(string tool, string[] actions) =>
        Assert.Equal(actions, SearchAction.ActionsOfTool(tool));

    [Theory]
    [InlineData("keep 5 copies instead of 7", true)]
    [InlineData("replicate hourly rather than daily", true)]
    [InlineData("스냅샷 7개 대신 5개만 보관해줘", true)]
    [InlineData("keep 5 copies of the share", false)]
    public void ReplacesValue_ANewValueForAnOldOne(string request, bool expected) =>
        Assert.Equal(expected, SearchAction.ReplacesValue(request));

    [Theory]
    [InlineData("remove host-a from the allowed clients", true)]
    [InlineData("please add host-b to the export list", true)]
    [InlineData("허용 목록에서 서버 하나 빼줘", true)]
    [InlineData("delete the old volume", false)]
    [InlineData("list the volumes of the group", false)]
    public void ChangesMembers_AddingToOrRemovingFromACollection(string request, bool expected) =>
        Assert.Equal(expected, SearchAction.ChangesMembers(request, SearchAction.Of(request)));
}
