using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using Scp.Mcp.Server.Safety;
using Scp.Sdk.Catalog;
using Scp.Sdk.Catalog.Schemas;

namespace Scp.Mcp.Server.Tools;

/// <summary>Builds the MCP tool definition of an operation from its descriptor (no reflection).</summary>
internal static class ToolFactory
{
    /// <summary>Key of the operation trace in a tool's <c>_meta</c>.</summary>
    public const string OperationMetaKey = "scp/operation";

    /// <summary>Creates the tool definition of <paramref name="operation"/>.</summary>
    public static Tool CreateTool(ScpOperationDescriptor operation, ScpServerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(settings);
        var schemas = ScpSchemaComposer.Compose(operation, settings.SchemaDialect, settings.Language);
        var input = schemas.Input;
        if (operation.Safety == ScpSafety.Destructive && settings.Confirm == ConfirmPolicy.Token)
        {
            input = WithConfirmToken(input);
        }

        return new Tool
        {
            Name = operation.ToolName,
            Title = operation.Title,
            Description = Describe(operation, settings.Language),
            InputSchema = input,
            OutputSchema = schemas.Output,
            Annotations = CreateAnnotations(operation),
            Meta = new JsonObject { [OperationMetaKey] = OperationMeta(operation) },
        };
    }

    /// <summary>Annotations from the safety class: read → readOnly; destructive → destructive; PUT/DELETE → idempotent; open world always.</summary>
    public static ToolAnnotations CreateAnnotations(ScpOperationDescriptor operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return new ToolAnnotations
        {
            Title = operation.Title,
            ReadOnlyHint = operation.Safety == ScpSafety.Read,
            DestructiveHint = operation.Safety == ScpSafety.Destructive,
            IdempotentHint = operation.Method is "PUT" or "DELETE",
            OpenWorldHint = true,
        };
    }

    /// <summary>
    /// The <c>_meta["scp/operation"]</c> object: product, version, method, path, operationId, safety and why (the curation's
    /// reason, null when there is none). Kept out of the description, which a model reads on every turn.
    /// </summary>
    public static JsonObject OperationMeta(ScpOperationDescriptor operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var meta = new JsonObject
        {
            ["product"] = operation.Api.Product,
            ["version"] = operation.Api.Version,
            ["method"] = operation.Method,
            ["path"] = operation.PathTemplate,
            ["operationId"] = operation.OperationId,
            ["safety"] = SafetyName(operation.Safety),
        };
        if (operation.SafetyReason is not null)
        {
            meta["safetyReason"] = operation.SafetyReason;
        }

        return meta;
    }

    /// <summary>The safety class as written in docs/architecture.md: <c>read</c>, <c>write</c>, <c>destructive</c>.</summary>
    public static string SafetyName(ScpSafety safety) => safety switch
    {
        ScpSafety.Read => "read",
        ScpSafety.Write => "write",
        _ => "destructive",
    };

    /// <summary>
    /// The tool description: in English the curated description (what it does, when to use it rather than its neighbours),
    /// else the English title and the docs' description (translated where there is a translation); then the deprecation,
    /// safety and long-running notes ("Destructive.", "Long-running."; what they mean — a person confirms, the call waits or
    /// returns a handle — is said once, in the server instructions). Method, path, product and version are in <c>_meta</c>,
    /// not repeated here.
    /// </summary>
    public static string Describe(ScpOperationDescriptor operation, ScpTextLanguage language = ScpTextLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var text = new StringBuilder();
        if (language == ScpTextLanguage.English && operation.EnglishDescription is { } english)
        {
            text.Append(english.Trim());
        }
        else
        {
            text.Append(operation.Title.TrimEnd('.')).Append('.');
            var description = operation.Api.Text(operation.Description, language).Trim();
            if (description.Length > 0 && !string.Equals(description.TrimEnd('.'), operation.Title.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                text.Append(' ').Append(description);
            }
        }

        if (operation.Deprecated)
        {
            text.Append(" DEPRECATED")
                .Append(operation.SupportedUntil is null ? string.Empty : $" (supported until {operation.SupportedUntil})")
                .Append('.');
        }

        if (operation.Safety == ScpSafety.Destructive)
        {
            text.Append(" Destructive.");
        }

        if (operation.Lifecycle is not null)
        {
            text.Append(" Long-running.");
        }

        return text.ToString();
    }

    private static JsonElement WithConfirmToken(JsonElement input)
    {
        var node = JsonNode.Parse(input.GetRawText())!.AsObject();
        var properties = node["properties"]!.AsObject();
        properties[ConfirmTokenService.ArgumentName] = new JsonObject
        {
            ["type"] = "string",
            ["description"] = "Confirm token returned by a first call without it; repeat the exact same arguments plus this token to run.",
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(node, ToolJsonContext.Default.JsonObject);
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.Clone();
    }
}
