using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Scp.Mcp.Benchmarks;

/// <summary>An AdditionalFiles item read once from disk (the build passes specs the same way).</summary>
internal sealed class FileAdditionalText(string path) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(File.ReadAllText(path), Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
