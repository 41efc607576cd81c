using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scp.Mcp.Tests.Common;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;
using Xunit.Abstractions;

namespace Scp.Sdk.Tests.SpecExamples;

/// <summary>
/// Every docs example in specs/ validates against its own schema with the SDK's validator, or each place where it does
/// not is listed with its reason in spec-example-mismatches.json (docs/spec-capture.md, "Examples that do not fit").
/// </summary>
public sealed partial class SpecExampleTests(ITestOutputHelper output)
{
    private static readonly string SpecsDirectory = Path.Combine(RepositoryRoot.Path, "specs");
    private static readonly string MismatchesFile = Path.Combine(RepositoryRoot.Path, "tests", "Scp.Sdk.Tests", "SpecExamples", "spec-example-mismatches.json");

    [Fact]
    public void EveryExampleInSpecs_ValidatesAgainstItsSchema_OrIsListedWithItsReason()
    {
        var listed = ReadMismatches();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var unlisted = new List<string>();
        int total = 0, passing = 0, excused = 0;
        foreach (var (file, spec) in Specs())
        {
            var components = spec.RootElement.GetProperty("components");
            foreach (var example in SpecExampleReader.Read(file, spec.RootElement))
            {
                total++;
                var errors = Validate(example, components);
                if (errors.Count == 0)
                {
                    passing++;
                    continue;
                }

                var matches = errors.Select(e => (Error: e, Entry: Listing(listed, Key(example, e)))).ToList();
                used.UnionWith(matches.Where(m => m.Entry is not null).Select(m => m.Entry!));
                var missing = matches.Where(m => m.Entry is null).Select(m => m.Error).ToList();
                if (missing.Count == 0)
                {
                    excused++;
                }

                unlisted.AddRange(missing.Select(e => $"{file} \"{Key(example, e)}\": {e.Message}; expected {e.Expected}"));
            }
        }

        output.WriteLine($"{total} examples in specs/: {passing} valid, {excused} listed in spec-example-mismatches.json, {total - passing - excused} neither");
        Assert.True(unlisted.Count == 0,
            "docs examples that do not validate against their schema; fix the capture (capture-decisions.json) or list them with a reason in "
            + MismatchesFile + ":\n" + string.Join('\n', unlisted.Distinct(StringComparer.Ordinal)));
        var stale = listed.Keys.Where(k => !used.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "entries in spec-example-mismatches.json that no longer match a failing example; remove them:\n" + string.Join('\n', stale));
        Assert.True(passing > 2000, $"only {passing} of {total} examples validated; the walk or the validator is broken");
    }

    [Fact]
    public void EveryDateTimeFormatInSpecs_HasExamplesWithAZoneOffset()
    {
        var promised = 0;
        foreach (var (file, spec) in Specs())
        {
            foreach (var example in SpecExampleReader.Read(file, spec.RootElement).Where(e => PromisesDateTime(e.Schema)))
            {
                promised++;
                Assert.True(example.Value.ValueKind != JsonValueKind.String || Rfc3339().IsMatch(example.Value.GetString()!),
                    $"{file} {example.Id}: format date-time is promised but the docs' example {example.Value} has no zone offset");
            }
        }

        Assert.True(promised > 0, "no date-time example found: the walk is broken");
    }

    [Fact]
    public void Validate_ExampleOfTheWrongShape_IsReportedAtItsPath()
    {
        using var spec = JsonDocument.Parse("""
            {"components":{"schemas":{"Volume":{"type":"object","properties":{"size":{"type":"number"}}}}}}
            """);
        using var value = JsonDocument.Parse("""{"size":{}}""");
        using var schema = JsonDocument.Parse("""{"$ref":"#/components/schemas/Volume"}""");
        var example = new SpecExample("p/1.0.json", "p", "Show response 200", value.RootElement, schema.RootElement);

        var error = Assert.Single(Validate(example, spec.RootElement.GetProperty("components")));

        Assert.Equal("p: Show response 200 at size", Key(example, error));
    }

    private static Dictionary<string, string> ReadMismatches()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(MismatchesFile));
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in document.RootElement.GetProperty("groups").EnumerateArray())
        {
            var reason = group.GetProperty("reason").GetString();
            Assert.False(string.IsNullOrWhiteSpace(reason), "every group in spec-example-mismatches.json needs a reason");
            foreach (var entry in group.GetProperty("examples").EnumerateArray())
            {
                Assert.True(listed.TryAdd(entry.GetString()!, reason!), $"listed twice: {entry.GetString()}");
            }
        }

        return listed;
    }

    private static IEnumerable<(string File, JsonDocument Spec)> Specs()
    {
        var files = Directory.GetDirectories(SpecsDirectory)
            .SelectMany(d => Directory.GetFiles(d, "*.json"))
            .Where(f => SpecFileName().IsMatch(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(12, files.Count);
        foreach (var file in files)
        {
            using var spec = JsonDocument.Parse(File.ReadAllBytes(file));
            yield return (Path.GetRelativePath(SpecsDirectory, file).Replace('\\', '/'), spec);
        }
    }

    /// <summary>Validates the example against its schema under a root that holds the spec's components, so <c>$ref</c>s resolve.</summary>
    private static IReadOnlyList<ScpValidationError> Validate(SpecExample example, JsonElement components)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("allOf");
            example.Schema.WriteTo(writer);
            writer.WriteEndArray();
            writer.WritePropertyName("components");
            components.WriteTo(writer);
            writer.WriteEndObject();
        }

        using var root = JsonDocument.Parse(buffer.WrittenMemory);
        return ScpArgumentValidator.Validate(example.Value, root.RootElement, closedObjects: true);
    }

    /// <summary>The entry listing <paramref name="key"/>: itself, or an entry ending in <c>*</c> that is a prefix of it.</summary>
    private static string? Listing(Dictionary<string, string> listed, string key) =>
        listed.ContainsKey(key) ? key : listed.Keys.FirstOrDefault(k => k.EndsWith('*') && key.StartsWith(k[..^1], StringComparison.Ordinal));

    private static string Key(SpecExample example, ScpValidationError error) =>
        $"{example.Product}: {example.Id} at {(error.Path.Length == 0 ? "(root)" : error.Path)}";

    private static bool PromisesDateTime(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && ((schema.TryGetProperty("format", out var format) && format.ValueEquals("date-time"))
            || (schema.TryGetProperty("anyOf", out var options) && options.EnumerateArray().Any(PromisesDateTime)));

    [GeneratedRegex(@"^\d+\.\d+\.json$")]
    private static partial Regex SpecFileName();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
