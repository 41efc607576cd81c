using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Scp.Mcp.Generators;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Tests.Common;

/// <summary>
/// What the build would make of a folder laid out like <c>specs/</c> (<c>&lt;product&gt;/&lt;version&gt;.json</c> plus
/// <c>&lt;product&gt;/tools.json</c>): the real generator runs over it, its catalogue sources are compiled against the real
/// Scp.Sdk (so the descriptors are the types the server and the emulator take) and loaded. Lets a test see a product
/// that is not in <c>specs/</c> exactly as the product would, without rebuilding Scp.Sdk.
/// </summary>
public sealed class GeneratedCatalog
{
    private const string AccessorType = "Scp.Mcp.Tests.Generated.GeneratedCatalogAccess";

    private GeneratedCatalog(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> sources, IReadOnlyList<ScpApiDescriptor> apis, IReadOnlyList<ScpOperationDescriptor> operations)
    {
        Diagnostics = diagnostics;
        Sources = sources;
        Apis = apis;
        Operations = operations;
    }

    /// <summary>The generator's diagnostics (SCPGEN…) for the folder.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Every generated source by hint name (<c>{Product}.{Version}.{Kind}.g.cs</c>, <c>ScpCatalog.g.cs</c>, …).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>Every product-version, in the generated catalogue's order.</summary>
    public IReadOnlyList<ScpApiDescriptor> Apis { get; }

    /// <summary>Every operation-version, in the generated catalogue's order.</summary>
    public IReadOnlyList<ScpOperationDescriptor> Operations { get; }

    /// <summary>Runs the generator over <paramref name="specsFolder"/> and loads the catalogue it emits.</summary>
    public static GeneratedCatalog Generate(string specsFolder)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var driver = CSharpGeneratorDriver.Create([new OperationGenerator().AsSourceGenerator()], InMemoryAdditionalText.SpecsFolder(specsFolder), parseOptions)
            .RunGenerators(CSharpCompilation.Create("Empty"));
        var result = driver.GetRunResult().Results.Single();
        var sources = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

        // The per-spec catalogue classes as generated, plus ScpCatalog.g.cs's Populate body turned into a public
        // method of the test assembly (ScpCatalog itself is a partial of Scp.Sdk and cannot be completed from outside).
        var accessor = sources["ScpCatalog.g.cs"]
            .Replace("namespace Scp.Sdk.Catalog;", "namespace Scp.Mcp.Tests.Generated;", StringComparison.Ordinal)
            .Replace("public static partial class ScpCatalog", "public static class GeneratedCatalogAccess", StringComparison.Ordinal)
            .Replace("static partial void Populate(", "public static void Populate(", StringComparison.Ordinal);
        var trees = sources.Where(s => s.Key.EndsWith(".Catalog.g.cs", StringComparison.Ordinal))
            .Select(s => CSharpSyntaxTree.ParseText(s.Value, parseOptions, s.Key))
            .Append(CSharpSyntaxTree.ParseText(accessor, parseOptions, "GeneratedCatalogAccess.cs"));
        var compilation = CSharpCompilation.Create(
            "Scp.Generated." + Path.GetFileName(Path.TrimEndingDirectorySeparator(specsFolder)),
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The generated catalogue does not compile:" + Environment.NewLine
                + string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        var assembly = new AssemblyLoadContext(compilation.AssemblyName, isCollectible: false).LoadFromStream(stream);
        var apis = new List<ScpApiDescriptor>();
        var operations = new List<ScpOperationDescriptor>();
        assembly.GetType(AccessorType, throwOnError: true)!.GetMethod("Populate", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [apis, operations]);
        return new GeneratedCatalog(result.Diagnostics, sources, apis, operations);
    }

    // The runtime's assemblies and the real Scp.Sdk, so the loaded catalogue's descriptor types are the ones already loaded.
    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(ScpOperationDescriptor).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
}
