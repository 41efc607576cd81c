namespace Scp.Mcp.Server.Modes;

/// <summary>
/// The action a request asks for, read only from a verb in verb position (docs/search.md): the first word of an English
/// request after a polite or wanting lead-in ("please", "can you", "I want to" …), and the last Hangul word of a Korean
/// request (its verb, before 줘/해줘 …); failing those, a question about what exists ("… do we have") asks for a list. A
/// word used as a noun elsewhere ("the run log", "consistency set") is not read.
/// An operation's action is the verb of its tool name. Both map to one of a few action classes.
/// </summary>
internal static class SearchAction
{
    private static readonly string[][] LeadIns =
    [
        ["please"], ["kindly"], ["can", "you"], ["could", "you"], ["would", "you"], ["will", "you"], ["i", "want", "to"],
        ["i", "need", "to"], ["we", "need", "to"], ["we", "want", "to"], ["i", "d", "like", "to"], ["we", "d", "like", "to"],
        ["let", "s"], ["help", "me"], ["how", "do", "i"], ["how", "can", "i"], ["how", "do", "we"], ["go", "ahead", "and"],
        ["i", "want"], ["i", "need"], ["need", "to"], ["want", "to"],
    ];

    /// <summary>English request verbs (as written, lower case) and their action class; two-word verbs by their first word plus particle.</summary>
    private static readonly Dictionary<string, string> EnglishVerbs = new(StringComparer.Ordinal)
    {
        ["create"] = "create", ["make"] = "create", ["provision"] = "create", ["add"] = "create", ["deploy"] = "create",
        ["install"] = "create", ["allocate"] = "create", ["register"] = "create", ["enroll"] = "create", ["enrol"] = "create",
        ["take"] = "create", ["build"] = "create", ["set up"] = "create", ["spin up"] = "create", ["new"] = "create",
        ["stand up"] = "create", ["bring up"] = "create", ["launch"] = "create", ["generate"] = "create", ["clone"] = "create",
        ["back up"] = "create", ["capture"] = "create",
        ["delete"] = "delete", ["remove"] = "delete", ["drop"] = "delete", ["purge"] = "delete", ["discard"] = "delete",
        ["destroy"] = "delete", ["erase"] = "delete", ["uninstall"] = "delete", ["terminate"] = "delete",
        ["decommission"] = "delete", ["get rid"] = "delete", ["tear down"] = "delete", ["release"] = "delete",
        ["wipe"] = "delete", ["clean up"] = "delete", ["scrap"] = "delete", ["trash"] = "delete",
        ["retire"] = "delete", ["deprovision"] = "delete", ["throw away"] = "delete", ["deregister"] = "delete",
        ["unregister"] = "delete", ["nuke"] = "delete",
        ["change"] = "update", ["modify"] = "update", ["update"] = "update", ["edit"] = "update", ["set"] = "update",
        ["adjust"] = "update", ["resize"] = "update", ["enlarge"] = "update", ["grow"] = "update", ["shrink"] = "update",
        ["expand"] = "update", ["increase"] = "update", ["reduce"] = "update", ["rename"] = "update", ["relabel"] = "update",
        ["switch"] = "update", ["turn"] = "update", ["pause"] = "update", ["resume"] = "update", ["enable"] = "update",
        ["disable"] = "update", ["reschedule"] = "update", ["resync"] = "update", ["re sync"] = "update", ["sync"] = "update",
        ["keep"] = "update", ["raise"] = "update", ["lower"] = "update", ["bump"] = "update", ["tweak"] = "update",
        ["alter"] = "update", ["extend"] = "update", ["scale"] = "update", ["reconfigure"] = "update", ["upgrade"] = "update",
        ["move"] = "update", ["postpone"] = "update", ["delay"] = "update", ["defer"] = "update", ["shift"] = "update",
        ["push"] = "update", ["limit"] = "update", ["cap"] = "update", ["throttle"] = "update", ["replace"] = "update",
        ["list"] = "list", ["enumerate"] = "list", ["which"] = "list", ["how many"] = "list", ["show all"] = "list",
        ["list all"] = "list", ["count"] = "list", ["browse"] = "list", ["find all"] = "list", ["what are"] = "list",
        ["get"] = "get", ["describe"] = "get", ["inspect"] = "get", ["what s"] = "get", ["what is"] = "get",
        ["look up"] = "get", ["fetch"] = "get", ["view"] = "get", ["display"] = "get",
        ["restore"] = "restore", ["recover"] = "restore", ["revert"] = "restore", ["roll back"] = "restore",
        ["rollback"] = "restore", ["rewind"] = "restore", ["bring back"] = "restore", ["retrieve"] = "restore",
        ["undo"] = "restore", ["put back"] = "restore", ["reinstate"] = "restore", ["unarchive"] = "restore",
        ["check"] = "check", ["validate"] = "check", ["verify"] = "check", ["estimate"] = "check", ["test"] = "check",
        ["confirm"] = "check", ["calculate"] = "check", ["how much"] = "check", ["is"] = "check", ["does"] = "check",
        ["is there"] = "list", ["are there"] = "list",
        ["cancel"] = "cancel", ["abort"] = "cancel", ["halt"] = "cancel",
        ["attach"] = "attach", ["connect"] = "attach", ["mount"] = "attach", ["hook up"] = "attach", ["plug"] = "attach",
        ["detach"] = "detach", ["disconnect"] = "detach", ["unmount"] = "detach", ["unmap"] = "detach", ["unplug"] = "detach",
        ["run"] = "run", ["trigger"] = "run", ["execute"] = "run", ["kick off"] = "run", ["start"] = "run",
    };

    /// <summary>Korean verb stems (a request's last word starts with one) and their action class.</summary>
    private static readonly (string Stem, string Action)[] KoreanVerbs =
    [
        ("되돌려", "restore"), ("되돌리", "restore"), ("돌려놔", "restore"), ("돌려놓", "restore"), ("되살려", "restore"), ("살려", "restore"), ("원복", "restore"), ("복구", "restore"), ("복원", "restore"), ("롤백", "restore"),
        ("만들", "create"), ("생성", "create"), ("추가", "create"), ("배포", "create"), ("설치", "create"), ("구성", "create"),
        ("등록", "create"), ("할당", "create"), ("찍어", "create"), ("떠", "create"), ("띄워", "create"),
        ("삭제", "delete"), ("지워", "delete"), ("빼", "delete"), ("지우", "delete"), ("제거", "delete"), ("없애", "delete"), ("해지", "delete"), ("폐기", "delete"), ("날려", "delete"), ("정리", "delete"),
        ("변경", "update"), ("바꿔", "update"), ("수정", "update"), ("조정", "update"), ("늘려", "update"), ("줄여", "update"),
        ("켜", "update"), ("꺼", "update"), ("고쳐", "update"), ("늘리", "update"), ("줄이", "update"), ("올려", "update"),
        ("내려", "update"), ("미뤄", "update"), ("옮겨", "update"),
        ("취소", "cancel"), ("중단", "cancel"), ("연결해", "attach"), ("붙여", "attach"), ("분리", "detach"), ("떼", "detach"),
        ("검증", "check"), ("점검", "check"), ("가능", "check"), ("충분", "check"),
        ("돌려", "run"), ("실행", "run"),
    ];

    /// <summary>Tool-name verbs and their action class.</summary>
    private static readonly Dictionary<string, string> ToolVerbs = new(StringComparer.Ordinal)
    {
        ["create"] = "create", ["add"] = "create", ["delete"] = "delete", ["remove"] = "delete", ["set"] = "update",
        ["update"] = "update", ["list"] = "list", ["get"] = "get", ["restore"] = "restore", ["recover"] = "restore",
        ["check"] = "check", ["validate"] = "check", ["estimate"] = "check", ["cancel"] = "cancel", ["attach"] = "attach",
        ["detach"] = "detach", ["run"] = "run",
    };

    /// <summary>The action class of a tool, from the verb after its product prefix; null when the verb is not known.</summary>
    public static string? OfTool(string toolName)
    {
        var parts = toolName.Split('_');
        return parts.Length > 1 ? ToolVerbs.GetValueOrDefault(parts[1]) : null;
    }

    /// <summary>The action class <paramref name="request"/> asks for by a verb in verb position; null when none is read.</summary>
    public static string? Of(string request)
    {
        var words = SearchText.Words(request);
        if (words.Count == 0)
        {
            return null;
        }

        var last = words[^1];
        if (SearchText.IsHangul(last[0]))
        {
            foreach (var (stem, action) in KoreanVerbs)
            {
                if (last.StartsWith(stem, StringComparison.Ordinal))
                {
                    return action;
                }
            }
        }

        var start = 0;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var leadIn in LeadIns)
            {
                if (start + leadIn.Length < words.Count && leadIn.Select((w, i) => words[start + i] == w).All(b => b))
                {
                    start += leadIn.Length;
                    changed = true;
                    break;
                }
            }
        }

        if (start + 1 < words.Count && EnglishVerbs.TryGetValue(words[start] + " " + words[start + 1], out var pair))
        {
            return pair;
        }

        return EnglishVerbs.GetValueOrDefault(words[start]) ?? (AsksWhatExists(words) ? "list" : null);
    }

    /// <summary>A question about what exists ("… do we have", "… exist", "are there …") asks for a list.</summary>
    private static bool AsksWhatExists(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "exist" or "exists"
                || (i + 2 < words.Count && words[i] is "do" or "did" && words[i + 1] is "we" or "i" && words[i + 2] == "have")
                || (i + 1 < words.Count && words[i] == "are" && words[i + 1] == "there"))
            {
                return true;
            }
        }

        return false;
    }
}
