using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scp.Emulator;

/// <summary>
/// Reads an emulator configuration file (JSON; docs/emulator.md, "Configuration file") into options:
/// <c>url</c>, <c>asyncDelayMs</c>, <c>store</c>, <c>keys</c>, <c>faults</c>, <c>faultSeed</c>.
/// </summary>
public static class ScpEmulatorConfigFile
{
    /// <summary>Applies the file at <paramref name="path"/> to <paramref name="options"/>; throws with the file and field on bad input.</summary>
    public static void Apply(string path, ScpEmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Emulator configuration file '{path}' does not exist.", path);
        }

        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException($"{path}: the configuration must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: line {ex.LineNumber + 1}: not valid JSON: {ex.Message}", ex);
        }

        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        options.Url = Text(root, "url", path) ?? options.Url;
        if (Number(root, "asyncDelayMs", path) is { } delay)
        {
            options.AsyncDelay = TimeSpan.FromMilliseconds(delay);
        }

        if (Text(root, "store", path) is { } store)
        {
            options.StoreFilePath = Path.Combine(baseDirectory, store);
        }

        if (Number(root, "faultSeed", path) is { } seed)
        {
            options.FaultSeed = (int)seed;
        }

        var index = 0;
        foreach (var key in Array(root, "keys", path))
        {
            var field = $"keys[{index++}]";
            var access = Text(key, "accessKey", path, field) ?? throw Missing(path, field + ".accessKey");
            var secret = Text(key, "secretKey", path, field) ?? throw Missing(path, field + ".secretKey");
            options.KeyPairs.Add(new ScpEmulatorKeyPair(access, secret, Text(key, "accountId", path, field)));
        }

        index = 0;
        foreach (var fault in Array(root, "faults", path))
        {
            var field = $"faults[{index++}]";
            options.Faults.Add(new ScpEmulatorFaultRule
            {
                Product = Text(fault, "product", path, field),
                OperationId = Text(fault, "operationId", path, field),
                Latency = TimeSpan.FromMilliseconds(Number(fault, "latencyMs", path, field) ?? 0),
                ServerErrorRate = Rate(fault, "serverErrorRate", path, field),
                TooManyRequestsRate = Rate(fault, "tooManyRequestsRate", path, field),
                DropConnectionRate = Rate(fault, "dropConnectionRate", path, field),
            });
        }
    }

    private static IEnumerable<JsonObject> Array(JsonObject root, string name, string path)
    {
        if (root[name] is null)
        {
            return [];
        }

        if (root[name] is not JsonArray array || array.Any(i => i is not JsonObject))
        {
            throw new InvalidDataException($"{path}: '{name}' must be an array of objects.");
        }

        return array.Cast<JsonObject>();
    }

    private static string? Text(JsonObject node, string name, string path, string? parent = null)
    {
        var value = node[name];
        if (value is null)
        {
            return null;
        }

        return value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw new InvalidDataException($"{path}: '{Field(parent, name)}' must be a string.");
    }

    private static double? Number(JsonObject node, string name, string path, string? parent = null)
    {
        var value = node[name];
        if (value is null)
        {
            return null;
        }

        return value is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            ? v.GetValue<double>()
            : throw new InvalidDataException($"{path}: '{Field(parent, name)}' must be a number.");
    }

    private static double Rate(JsonObject node, string name, string path, string field)
    {
        var rate = Number(node, name, path, field) ?? 0;
        return rate is >= 0 and <= 1
            ? rate
            : throw new InvalidDataException($"{path}: '{field}.{name}' must be between 0 and 1, not {rate.ToString(CultureInfo.InvariantCulture)}.");
    }

    private static string Field(string? parent, string name) => parent is null ? name : parent + "." + name;

    private static InvalidDataException Missing(string path, string field) => new($"{path}: '{field}' is required.");
}
