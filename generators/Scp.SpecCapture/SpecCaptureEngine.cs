using System.Text.RegularExpressions;
using Scp.SpecCapture.Model;
using Scp.SpecCapture.Parsing;
using Scp.SpecCapture.Refining;
using Scp.SpecCapture.Validation;
using Scp.SpecCapture.Writing;

namespace Scp.SpecCapture;

/// <summary>Docs text in, OpenAPI files out: parse every seed, build every product-version, validate, then write or compare.</summary>
public static partial class SpecCaptureEngine
{
    /// <summary>Parses and builds everything in memory. Throws <see cref="DocsFormatException"/> on bad docs and
    /// <see cref="InvalidOperationException"/> when a produced spec does not load cleanly.</summary>
    public static CaptureResult Capture(string seedsDirectory) => Capture(seedsDirectory, CaptureDecisions.Default);

    /// <summary>Captures with the given per-field <paramref name="decisions"/> (see <see cref="TypeRefiner"/>).</summary>
    public static CaptureResult Capture(string seedsDirectory, CaptureDecisions decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        if (!Directory.Exists(seedsDirectory))
        {
            throw new DirectoryNotFoundException($"seeds directory '{seedsDirectory}' does not exist");
        }

        var seedFiles = Directory.GetFiles(seedsDirectory, "*.txt").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        if (seedFiles.Count == 0)
        {
            throw new FileNotFoundException($"no *.txt docs files in '{seedsDirectory}'");
        }

        var notes = new List<string>();
        var services = new List<ServiceDoc>();
        var refiner = new TypeRefiner(decisions);
        foreach (var file in seedFiles)
        {
            var name = Path.GetFileName(file);
            foreach (var service in DocsParser.Parse(name, File.ReadAllText(file), notes))
            {
                if (services.FirstOrDefault(s => s.Product == service.Product) is { } other)
                {
                    throw new DocsFormatException(name, service.Line, $"product '{service.Product}' is already described in {other.File}:{other.Line}");
                }

                services.Add(refiner.Refine(service, notes));
            }
        }

        if (refiner.UnusedDecisions is [var unused, ..])
        {
            throw new InvalidOperationException(
                $"capture-decisions.json: no field {unused.Product} {unused.Model}.{unused.Field} in the docs; remove or correct the decision");
        }

        var files = Build(services, notes);
        return new CaptureResult(services, files, notes.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Builds and validates every product-version file.</summary>
    public static IReadOnlyDictionary<string, byte[]> Build(IReadOnlyList<ServiceDoc> services, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(services);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var service in services)
        {
            var models = ModelSelector.Select(service);
            foreach (var version in service.Versions)
            {
                var path = $"{service.Product}/{version.Version}.json";
                var bytes = SpecSerializer.Serialize(SpecBuilder.Build(service, version, models[version.Version], notes));
                var errors = OpenApiValidator.Validate(bytes);
                if (errors.Count > 0)
                {
                    failures.Add($"{path}: {errors.Count} error(s) when loaded with Microsoft.OpenApi:\n  " + string.Join("\n  ", errors.Take(20)));
                }

                files[path] = bytes;
            }
        }

        if (failures.Count > 0)
        {
            throw new InvalidOperationException("refusing to write specs that do not load cleanly:\n" + string.Join('\n', failures));
        }

        return files;
    }

    /// <summary>Paths (relative) whose content differs from <paramref name="outputDirectory"/>, plus stale spec files there.</summary>
    public static IReadOnlyList<string> Compare(CaptureResult result, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(result);
        var differences = new List<string>();
        foreach (var (path, bytes) in result.Files)
        {
            var target = Path.Combine(outputDirectory, path);
            if (!File.Exists(target))
            {
                differences.Add($"{path} (missing)");
            }
            else if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
            {
                differences.Add($"{path} (differs)");
            }
        }

        differences.AddRange(StaleFiles(result, outputDirectory).Select(p => $"{p} (not produced by the docs)"));
        return differences;
    }

    /// <summary>Writes every file through a temporary directory, moving into place only after all were written.</summary>
    public static void Write(CaptureResult result, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(outputDirectory);
        var temp = Path.Combine(outputDirectory, ".capture-tmp");
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }

        try
        {
            foreach (var (path, bytes) in result.Files)
            {
                var file = Path.Combine(temp, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
            }

            foreach (var stale in StaleFiles(result, outputDirectory))
            {
                File.Delete(Path.Combine(outputDirectory, stale));
            }

            foreach (var path in result.Files.Keys)
            {
                var target = Path.Combine(outputDirectory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(temp, path), target, overwrite: true);
            }
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    /// <summary>Captured spec files (<c>&lt;product&gt;/&lt;major.minor&gt;.json</c>) present on disk but not produced now.</summary>
    private static List<string> StaleFiles(CaptureResult result, string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory))
        {
            return [];
        }

        return Directory.GetDirectories(outputDirectory)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .SelectMany(d => Directory.GetFiles(d, "*.json"))
            .Where(f => SpecFileName().IsMatch(Path.GetFileName(f)))
            .Select(f => Path.GetRelativePath(outputDirectory, f).Replace('\\', '/'))
            .Where(p => !result.Files.ContainsKey(p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex(@"^\d+\.\d+\.json$")]
    private static partial Regex SpecFileName();
}
