using System.Text.RegularExpressions;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Modes;

/// <summary>
/// Chooses the operations offered as tools: current, not hidden, and allowed by <c>--read-only</c>,
/// <c>--toolsets</c> (product prefixes) and <c>--tools</c> (globs; <c>*</c>, <c>?</c>, a leading <c>!</c> excludes).
/// The result is ordered by tool name, so <c>tools/list</c> is deterministic.
/// </summary>
internal static class ToolFilter
{
    /// <summary>The offered operations, ordered by tool name.</summary>
    /// <exception cref="ArgumentException">A toolset name is not a known product prefix.</exception>
    public static IReadOnlyList<ScpOperationDescriptor> Apply(IReadOnlyList<ScpOperationDescriptor> operations, ScpServerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(settings);
        var prefixes = operations.Select(o => o.Api.ToolPrefix).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var unknown = settings.Toolsets.Where(t => !prefixes.Contains(t, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"--toolsets: unknown toolset '{string.Join("', '", unknown)}'. Known toolsets: {string.Join(", ", prefixes)}.");
        }

        var include = settings.ToolGlobs.Where(g => !g.StartsWith('!')).Select(ToRegex).ToList();
        var exclude = settings.ToolGlobs.Where(g => g.StartsWith('!')).Select(g => ToRegex(g[1..])).ToList();
        return operations
            .Where(o => o.IsCurrent && !o.Hidden)
            .Where(o => !settings.ReadOnly || o.Safety == ScpSafety.Read)
            .Where(o => settings.Toolsets.Count == 0 || settings.Toolsets.Contains(o.Api.ToolPrefix, StringComparer.Ordinal))
            .Where(o => include.Count == 0 || include.Any(r => r.IsMatch(o.ToolName)))
            .Where(o => !exclude.Any(r => r.IsMatch(o.ToolName)))
            .OrderBy(o => o.ToolName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Splits a comma-separated option value into trimmed, non-empty items.</summary>
    public static IReadOnlyList<string> SplitList(string? value)
        => string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Regex ToRegex(string glob)
        => new("^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant);
}
