using System.Text.Json.Nodes;

namespace Scp.Emulator.Rules;

/// <summary>
/// Data-driven hints for operations or resource collections that the general inference gets wrong
/// (docs/emulator.md, "Rules"). Built-in rules ship as <c>Rules/emulator-rules.json</c>; a rules file given
/// in the options adds to or replaces them, key by key.
/// </summary>
internal sealed class EmulatorRules
{
    private readonly Dictionary<string, JsonObject> _operations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonObject> _collections = new(StringComparer.OrdinalIgnoreCase);

    public static EmulatorRules Load(string? extraFile)
    {
        var rules = new EmulatorRules();
        using (var stream = typeof(EmulatorRules).Assembly.GetManifestResourceStream("Scp.Emulator.Rules.emulator-rules.json"))
        {
            if (stream is not null)
            {
                rules.Add(JsonNode.Parse(stream), "built-in emulator-rules.json");
            }
        }

        if (extraFile is not null)
        {
            if (!File.Exists(extraFile))
            {
                throw new FileNotFoundException($"Emulator rules file '{extraFile}' does not exist; fix the path or leave RulesFilePath unset.", extraFile);
            }

            JsonNode? node;
            try
            {
                node = JsonNode.Parse(File.ReadAllText(extraFile));
            }
            catch (System.Text.Json.JsonException ex)
            {
                throw new InvalidDataException($"Emulator rules file '{extraFile}' is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
            }

            rules.Add(node, extraFile);
        }

        return rules;
    }

    /// <summary>Rule for an operation, keyed <c>product/OperationId</c>.</summary>
    public JsonObject? ForOperation(string product, string operationId) =>
        _operations.GetValueOrDefault($"{product}/{operationId}");

    /// <summary>Rule for a collection, keyed <c>product /path/template</c> (parameters written as <c>{}</c>).</summary>
    public JsonObject? ForCollection(string product, string normalizedTemplate) =>
        _collections.GetValueOrDefault($"{product} {normalizedTemplate}");

    private void Add(JsonNode? node, string source)
    {
        if (node is not JsonObject root)
        {
            throw new InvalidDataException($"Emulator rules '{source}' must be a JSON object with 'operations' and/or 'collections'.");
        }

        Copy(root["operations"], _operations, source, "operations");
        Copy(root["collections"], _collections, source, "collections");
    }

    private static void Copy(JsonNode? section, Dictionary<string, JsonObject> target, string source, string name)
    {
        if (section is null)
        {
            return;
        }

        if (section is not JsonObject entries)
        {
            throw new InvalidDataException($"Emulator rules '{source}': '{name}' must be an object keyed by {(name == "operations" ? "'product/OperationId'" : "'product /path/{}'")}.");
        }

        foreach (var (key, value) in entries)
        {
            if (key.StartsWith('$'))
            {
                continue; // comments
            }

            target[key] = value as JsonObject ?? throw new InvalidDataException($"Emulator rules '{source}': '{name}.{key}' must be an object.");
        }
    }
}
