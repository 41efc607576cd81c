using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Scp.Mcp.Generators;

namespace Scp.Mcp.Benchmarks;

/// <summary>
/// The generator's time: one full run of <see cref="OperationGenerator"/> over every spec and curation file in
/// <c>specs/</c> (what each command-line build of Scp.Sdk pays), without compiling its output.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private AdditionalText[] _files = [];
    private CSharpCompilation? _compilation;

    [GlobalSetup]
    public void Setup()
    {
        var specs = Path.Combine(Scp.Mcp.Tests.Common.RepositoryRoot.Path, "specs");
        _files = [.. Scp.Mcp.Tests.Common.InMemoryAdditionalText.SpecsFolder(specs)];
        _compilation = CSharpCompilation.Create("GeneratorBenchmark", [], [], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var sources = RunGenerator().GetRunResult().GeneratedTrees.Length;
        if (sources == 0)
        {
            throw new InvalidOperationException($"the generator produced no source from {_files.Length} files under {specs}");
        }
    }

    [Benchmark(Description = "OperationGenerator, all specs")]
    public GeneratorDriver RunGenerator() =>
        CSharpGeneratorDriver.Create([new OperationGenerator().AsSourceGenerator()], _files, ParseOptions).RunGenerators(_compilation!);
}
