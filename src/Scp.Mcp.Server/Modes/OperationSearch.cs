using System.Text.RegularExpressions;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Modes;

/// <summary>Ranks operations by how well they match a few words (tool name and title first, then path and description).</summary>
internal static partial class OperationSearch
{
    /// <summary>The best matches for <paramref name="query"/>, best first; ties by tool name.</summary>
    public static IReadOnlyList<ScpOperationDescriptor> Search(IEnumerable<ScpOperationDescriptor> operations, string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var words = Words(query ?? string.Empty);
        return operations
            .Select(o => (Operation: o, Score: Score(o, words)))
            .Where(x => words.Count == 0 || x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Operation.ToolName, StringComparer.Ordinal)
            .Take(Math.Max(1, limit))
            .Select(x => x.Operation)
            .ToList();
    }

    private static double Score(ScpOperationDescriptor operation, List<string> words)
    {
        var name = Words(operation.ToolName.Replace('_', ' '));
        var title = Words(operation.Title + " " + operation.OperationId);
        var path = Words(operation.PathTemplate + " " + operation.Api.Product + " " + operation.Api.ServiceName + " " + operation.Method);
        var description = Words(operation.Description);
        double score = 0;
        foreach (var word in words)
        {
            score += Match(name, word) * 4 + Match(title, word) * 3 + Match(path, word) * 2 + Match(description, word);
        }

        return score;
    }

    private static double Match(List<string> haystack, string word)
    {
        if (haystack.Contains(word))
        {
            return 1;
        }

        var stem = word.TrimEnd('s');
        return stem.Length >= 3 && haystack.Any(h => h.StartsWith(stem, StringComparison.Ordinal)) ? 0.6 : 0;
    }

    private static List<string> Words(string text)
    {
        var spaced = CamelBoundary().Replace(text, " ");
        return WordPattern().Matches(spaced.ToLowerInvariant()).Select(m => m.Value).ToList();
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CamelBoundary();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
