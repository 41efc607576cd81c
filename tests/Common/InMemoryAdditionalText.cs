using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Scp.Mcp.Tests.Common;

/// <summary>An AdditionalFiles item held in memory, as a build hands specs and curation files to the generator.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    public static InMemoryAdditionalText FromFile(string fullPath, string logicalPath) =>
        new(logicalPath, File.ReadAllText(fullPath));

    /// <summary>Every JSON file under a folder laid out like <c>specs/</c>, as the build would pass them (<c>/repo/specs/&lt;product&gt;/…</c>).</summary>
    public static IReadOnlyList<AdditionalText> SpecsFolder(string specsDirectory) =>
        Directory.EnumerateFiles(specsDirectory, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (AdditionalText)FromFile(f, "/repo/specs/" + System.IO.Path.GetRelativePath(specsDirectory, f).Replace('\\', '/')))
            .ToList();
}
