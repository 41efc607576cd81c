using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Scp.Mcp.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="OperationGenerator"/> over in-memory spec files on top of the hand-written Scp.Sdk sources.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<SyntaxTree>> SdkTrees = new(LoadSdkTrees);
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The fixture specs under <c>Fixtures/specs</c>, as the build would pass them (<c>/repo/specs/...</c>).</summary>
    public static IReadOnlyList<AdditionalText> FixtureFiles() => FilesUnder(RepositoryPaths.FixtureSpecs);

    /// <summary>The repository's real specs and curation files.</summary>
    public static IReadOnlyList<AdditionalText> RealFiles() =>
        Directory.Exists(RepositoryPaths.Specs) ? FilesUnder(RepositoryPaths.Specs) : [];

    public static IReadOnlyList<AdditionalText> FilesUnder(string specsDirectory) => InMemoryAdditionalText.SpecsFolder(specsDirectory);

    public static CSharpCompilation CreateCompilation(params SyntaxTree[] extraTrees) =>
        CSharpCompilation.Create(
            "Scp.Sdk.UnderTest",
            SdkTrees.Value.AddRange(extraTrees),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files) =>
        CSharpGeneratorDriver.Create(
            [new OperationGenerator().AsSourceGenerator()],
            files,
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns the driver (for further runs), the output compilation and the run result.</summary>
    public static (GeneratorDriver Driver, Compilation Output, GeneratorRunResult Result) Run(IEnumerable<AdditionalText> files, params SyntaxTree[] extraTrees)
    {
        var driver = CreateDriver(files).RunGeneratorsAndUpdateCompilation(CreateCompilation(extraTrees), out var output, out _);
        return (driver, output, driver.GetRunResult().Results.Single());
    }

    public static SyntaxTree Parse(string source, string path = "Test.cs") => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    private static ImmutableArray<SyntaxTree> LoadSdkTrees()
    {
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(RepositoryPaths.SdkSources, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(separator + "obj" + separator, StringComparison.Ordinal) && !f.Contains(separator + "bin" + separator, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, f))
            .Concat([CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, "GlobalUsings.cs")])
            .ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The runtime's assemblies plus the SDK's package dependencies copied next to the tests (not Scp.Sdk itself).
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll").Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "Polly*.dll"));
        return platform.Concat(local)
            .Where(p => !Path.GetFileName(p).StartsWith("Scp.", StringComparison.Ordinal))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToImmutableArray();
    }

    // The implicit usings of an SDK-style net10.0 project.
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;
}
