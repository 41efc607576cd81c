using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Parsing;

/// <summary>Parses one captured spec into a <see cref="SpecModel"/>. Never throws (except on cancellation).</summary>
internal static class SpecParser
{
    public const string CurationFileName = "tools.json";

    /// <summary>
    /// True for <c>specs/&lt;product&gt;/&lt;version&gt;.json</c> (a file named by digits and dots, e.g. <c>1.2.json</c>); other
    /// JSON files beside the specs are curation data read by their own parsers.
    /// </summary>
    public static bool IsSpec(AdditionalText file) =>
        IsBesideSpecs(file.Path) && IsVersionName(Path.GetFileNameWithoutExtension(file.Path))
        && Path.GetExtension(file.Path).Equals(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for <c>specs/&lt;product&gt;/tools.json</c>.</summary>
    public static bool IsCuration(AdditionalText file) =>
        IsBesideSpecs(file.Path) && Path.GetFileName(file.Path).Equals(CurationFileName, StringComparison.OrdinalIgnoreCase);

    private static bool IsVersionName(string name)
    {
        if (name.Length == 0 || !char.IsDigit(name[0]) || !char.IsDigit(name[name.Length - 1]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c != '.' && (c < '0' || c > '9'))
            {
                return false;
            }
        }

        return true;
    }

    public static SpecParseResult Parse(AdditionalText file, CancellationToken cancellationToken) =>
        JsonFile.Parse(
            file,
            (root, locator, path) => new SpecReader(locator, path, cancellationToken).Read(root),
            (location, _, reason) => Failed(location, reason),
            cancellationToken);

    /// <summary><c>/repo/specs/filestorage/1.1.json</c> → <c>specs/filestorage/1.1.json</c>.</summary>
    public static string RepositoryPath(string path)
    {
        var normalized = path.Replace('\\', '/');
        var index = normalized.LastIndexOf("/specs/", StringComparison.Ordinal);
        return index >= 0 ? normalized.Substring(index + 1) : normalized.StartsWith("specs/", StringComparison.Ordinal) ? normalized : Path.GetFileName(normalized);
    }

    internal static string FirstSentence(string message)
    {
        var index = message.IndexOf(". ", StringComparison.Ordinal);
        return index > 0 ? message.Substring(0, index) : message.TrimEnd('.');
    }

    /// <summary>True for a JSON file in a product folder of <c>specs/</c>.</summary>
    internal static bool IsBesideSpecs(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var directory = Path.GetDirectoryName(path);
        var parent = directory is null ? null : Path.GetDirectoryName(directory);
        return parent is not null && Path.GetFileName(parent).Equals("specs", StringComparison.OrdinalIgnoreCase);
    }

    private static SpecParseResult Failed(SourceLocation location, string reason) =>
        new(null, new EquatableArray<DiagnosticInfo>([
            DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableSpec.Id, location, RepositoryPath(location.FilePath), reason)]));
}
