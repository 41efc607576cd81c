namespace Scp.Sdk.Catalog;

/// <summary>
/// The search vocabulary kept as curation data (<c>specs/search-synonyms.json</c>, <c>specs/&lt;product&gt;/search.json</c>):
/// synonym groups, product terms, per-operation alias phrases and example requests, in English and Korean, and the request words of each
/// action (<c>specs/search-actions.json</c>). The contents are emitted at
/// build time by Scp.Mcp.Generators, which implements <see cref="Populate"/>; this part only holds them.
/// </summary>
public static partial class ScpSearchVocabulary
{
    private static readonly Lazy<(string[][] Groups, Dictionary<string, string[]> Terms, Dictionary<string, string[]> Aliases)> Contents = new(Load);

    private static readonly Lazy<(string[] LeadIns, ScpSearchAction[] Actions)> ActionContents = new(LoadActions);

    private static readonly Lazy<Dictionary<string, string[]>> RequestContents = new(LoadRequests);

    /// <summary>Openings of a request skipped before its verb ("please", "can you", "I'd like to").</summary>
    public static IReadOnlyList<string> LeadIns => ActionContents.Value.LeadIns;

    /// <summary>The actions a request can ask for (create, delete, list …) with the words that ask for each.</summary>
    public static IReadOnlyList<ScpSearchAction> Actions => ActionContents.Value.Actions;

    /// <summary>Groups of words and phrases that mean the same in requests about these services.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> SynonymGroups => Contents.Value.Groups;

    /// <summary>Words naming <paramref name="product"/> (e.g. "NFS share" for <c>filestorage</c>); empty when none are kept.</summary>
    public static IReadOnlyList<string> ProductTerms(string product)
        => Contents.Value.Terms.TryGetValue(product, out var terms) ? terms : [];

    /// <summary>Phrases engineers use for the operation <paramref name="operationId"/> of <paramref name="product"/>; empty when none are kept.</summary>
    public static IReadOnlyList<string> Aliases(string product, string operationId)
        => Contents.Value.Aliases.TryGetValue(product + "/" + operationId, out var aliases) ? aliases : [];

    /// <summary>
    /// Example requests for the operation <paramref name="operationId"/> of <paramref name="product"/>: how engineers ask
    /// for it, in English and Korean (<c>requests</c> of the product's <c>search.json</c>); empty when none are kept.
    /// </summary>
    public static IReadOnlyList<string> Requests(string product, string operationId)
        => RequestContents.Value.TryGetValue(product + "/" + operationId, out var requests) ? requests : [];

    /// <summary>Implemented by the generator: adds the synonym groups, product terms and aliases (key <c>product/operationId</c>).</summary>
    static partial void Populate(List<string[]> synonymGroups, Dictionary<string, string[]> productTerms, Dictionary<string, string[]> aliases);

    /// <summary>Implemented by the generator: adds the lead-ins and the actions of <c>specs/search-actions.json</c>.</summary>
    static partial void PopulateActions(List<string> leadIns, List<ScpSearchAction> actions);

    /// <summary>Implemented by the generator: adds the example requests (key <c>product/operationId</c>).</summary>
    static partial void PopulateRequests(Dictionary<string, string[]> requests);

    private static Dictionary<string, string[]> LoadRequests()
    {
        var requests = new Dictionary<string, string[]>(StringComparer.Ordinal);
        PopulateRequests(requests);
        return requests;
    }

    private static (string[], ScpSearchAction[]) LoadActions()
    {
        var leadIns = new List<string>();
        var actions = new List<ScpSearchAction>();
        PopulateActions(leadIns, actions);
        return (leadIns.ToArray(), actions.ToArray());
    }

    private static (string[][], Dictionary<string, string[]>, Dictionary<string, string[]>) Load()
    {
        var groups = new List<string[]>();
        var terms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Populate(groups, terms, aliases);
        return (groups.ToArray(), terms, aliases);
    }
}

/// <summary>
/// One action a search request can ask for (<c>specs/search-actions.json</c>): the verbs of tool names that perform it
/// (the word after the product prefix), English request verbs of one or two words ("delete", "get rid") and Korean verb
/// stems a request's last word starts with ("지워").
/// </summary>
public sealed record ScpSearchAction(string Name, IReadOnlyList<string> ToolVerbs, IReadOnlyList<string> EnglishVerbs, IReadOnlyList<string> KoreanStems);
