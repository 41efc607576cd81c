using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Parsing;

/// <summary>Reads one parsed spec document; collects types, operations and diagnostics.</summary>
internal sealed partial class SpecReader(TextLocator locator, string specPath, CancellationToken cancellationToken)
{
    private readonly List<DiagnosticInfo> _diagnostics = [];
    private readonly List<TypeModel> _types = [];
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _schemas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeRef> _componentTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);
    private readonly List<string> _unresolved = [];

    public SpecParseResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Unreadable("the document is not a JSON object");
        }

        if (!JsonText.TryGetObject(root, "info", out var info))
        {
            return Unreadable("it has no \"info\" object");
        }

        var product = JsonText.GetString(info, "x-scp-product");
        var version = JsonText.GetString(info, "version");
        if (string.IsNullOrWhiteSpace(product) || string.IsNullOrWhiteSpace(version))
        {
            return Unreadable("\"info\" needs \"x-scp-product\" and \"version\"");
        }

        if (!JsonText.TryGetObject(root, "paths", out var paths))
        {
            return Unreadable("it has no \"paths\" object");
        }

        var productName = Naming.ToPascal(product!);
        var versionName = Naming.ToVersionName(version!);
        _typeNames.Add(productName + versionName + "Client");
        _typeNames.Add(productName + versionName + "Catalog");

        var componentsJson = "{}";
        if (JsonText.TryGetObject(root, "components", out var components) && JsonText.TryGetObject(components, "schemas", out var schemas))
        {
            componentsJson = JsonText.Compact(schemas);
            ReadComponents(schemas);
        }

        var operations = ReadOperations(paths);
        ReadServers(root, out var serverUrl, out var regions, out var environments);
        var status = JsonText.GetString(info, "x-scp-version-status");

        var model = new SpecModel(
            locator.FilePath,
            specPath,
            product!,
            version!,
            productName,
            versionName,
            JsonText.GetString(info, "title") ?? product!,
            status is null || status.Equals("CURRENT", StringComparison.OrdinalIgnoreCase),
            JsonText.GetString(info, "x-scp-supported-until"),
            serverUrl,
            regions,
            environments,
            componentsJson,
            _types.ToEquatableArray(),
            operations.OrderBy(static o => o.OperationId, StringComparer.Ordinal).ToEquatableArray())
        {
            InfoDescription = JsonText.GetString(info, "description"),
        };
        return new SpecParseResult(model, _diagnostics.ToEquatableArray());
    }

    private static void ReadServers(JsonElement root, out string url, out EquatableArray<string> regions, out EquatableArray<string> environments)
    {
        url = string.Empty;
        regions = EquatableArray<string>.Empty;
        environments = EquatableArray<string>.Empty;
        if (!root.TryGetProperty("servers", out var servers) || servers.ValueKind != JsonValueKind.Array || servers.GetArrayLength() == 0)
        {
            return;
        }

        var server = servers[0];
        url = JsonText.GetString(server, "url") ?? string.Empty;
        if (JsonText.TryGetObject(server, "variables", out var variables))
        {
            regions = EnumValues(variables, "region");
            environments = EnumValues(variables, "environment");
        }
    }

    private static EquatableArray<string> EnumValues(JsonElement variables, string name)
    {
        if (!JsonText.TryGetObject(variables, name, out var variable)
            || !variable.TryGetProperty("enum", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            return EquatableArray<string>.Empty;
        }

        return values.EnumerateArray().Where(static v => v.ValueKind == JsonValueKind.String).Select(static v => v.GetString()!).ToEquatableArray();
    }

    private SpecParseResult Unreadable(string reason) =>
        new(null, new EquatableArray<DiagnosticInfo>([
            DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableSpec.Id, locator.Find("{"), specPath, reason)]));

    private void Report(string id, SourceLocation location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(id, location, arguments));
}
