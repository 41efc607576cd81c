using Scp.SpecCapture.Model;

namespace Scp.SpecCapture.Writing;

/// <summary>
/// Decides which models go into which version file: every model the version's operations reference, transitively;
/// models no operation of any version references go into the CURRENT version's file.
/// </summary>
public static class ModelSelector
{
    /// <summary>Models per version, each list in docs order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ModelDoc>> Select(ServiceDoc service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var byName = service.Models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyList<ModelDoc>>(StringComparer.Ordinal);
        var perVersion = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var version in service.Versions)
        {
            var roots = service.Operations
                .Where(o => o.Version == version.Version)
                .SelectMany(RootReferences);
            var closure = Closure(roots, byName);
            perVersion[version.Version] = closure;
            used.UnionWith(closure);
        }

        var current = service.Versions.Single(v => v.Status == "CURRENT").Version;
        perVersion[current].UnionWith(service.Models.Select(m => m.Name).Where(n => !used.Contains(n)));
        foreach (var (version, names) in perVersion)
        {
            result[version] = service.Models.Where(m => names.Contains(m.Name)).ToList();
        }

        return result;
    }

    private static IEnumerable<string> RootReferences(OperationDoc operation) =>
        operation.Parameters.Append(operation.Body).OfType<FieldDoc>()
            .SelectMany(p => p.Schema?.References() ?? [])
            .Concat(operation.Responses.SelectMany(r => r.Schema?.References() ?? []));

    private static HashSet<string> Closure(IEnumerable<string> roots, Dictionary<string, ModelDoc> byName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name))
            {
                continue;
            }

            foreach (var reference in byName[name].Fields.SelectMany(f => f.Schema?.References() ?? []))
            {
                pending.Push(reference);
            }
        }

        return seen;
    }
}
