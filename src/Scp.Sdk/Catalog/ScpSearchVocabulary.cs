namespace Scp.Sdk.Catalog;

/// <summary>
/// The search vocabulary kept as curation data (<c>specs/search-synonyms.json</c>, <c>specs/&lt;product&gt;/search.json</c>):
/// synonym groups, product terms and per-operation alias phrases, in English and Korean. The contents are emitted at
/// build time by Scp.Mcp.Generators, which implements <see cref="Populate"/>; this part only holds them.
/// </summary>
public static partial class ScpSearchVocabulary
{
    private static readonly Lazy<(string[][] Groups, Dictionary<string, string[]> Terms, Dictionary<string, string[]> Aliases)> Contents = new(Load);

    /// <summary>Groups of words and phrases that mean the same in requests about these services.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> SynonymGroups => Contents.Value.Groups;

    /// <summary>Words naming <paramref name="product"/> (e.g. "NFS share" for <c>filestorage</c>); empty when none are kept.</summary>
    public static IReadOnlyList<string> ProductTerms(string product)
        => Contents.Value.Terms.TryGetValue(product, out var terms) ? terms : [];

    /// <summary>Phrases engineers use for the operation <paramref name="operationId"/> of <paramref name="product"/>; empty when none are kept.</summary>
    public static IReadOnlyList<string> Aliases(string product, string operationId)
        => Contents.Value.Aliases.TryGetValue(product + "/" + operationId, out var aliases) ? aliases : [];

    /// <summary>Implemented by the generator: adds the synonym groups, product terms and aliases (key <c>product/operationId</c>).</summary>
    static partial void Populate(List<string[]> synonymGroups, Dictionary<string, string[]> productTerms, Dictionary<string, string[]> aliases);

    private static (string[][], Dictionary<string, string[]>, Dictionary<string, string[]>) Load()
    {
        var groups = new List<string[]>();
        var terms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Populate(groups, terms, aliases);
        return (groups.ToArray(), terms, aliases);
    }
}
