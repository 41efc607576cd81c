using System.Text;
using System.Text.Json;
using Scp.Sdk.Catalog;
using Scp.Sdk.Security;

namespace Scp.Mcp.Server.Safety;

/// <summary>
/// Appends one JSON line per write or destructive call to <c>--audit-log &lt;path&gt;</c>: time, tool, operation,
/// target ids, redacted arguments, outcome, status and SCP request id; <c>-</c> writes them to standard output.
/// Does nothing when no path is set.
/// </summary>
internal sealed class AuditLog(string? path, TextWriter? standardOutput = null)
{
    private readonly Lock _gate = new();

    /// <summary>The path that means standard output (for log collectors; the HTTP transport only, stdio's stdout is MCP).</summary>
    public const string StandardOutput = "-";

    /// <summary>True when records are written.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(path);

    /// <summary>Appends <paramref name="record"/> as one line.</summary>
    public void Append(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!Enabled)
        {
            return;
        }

        var line = Format(record);
        lock (_gate)
        {
            if (path == StandardOutput)
            {
                var output = standardOutput ?? Console.Out;
                output.Write(line + "\n");
                output.Flush();
                return;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(path!));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.AppendAllText(path!, line + "\n", Encoding.UTF8);
        }
    }

    /// <summary>The JSON line of <paramref name="record"/>.</summary>
    public static string Format(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var operation = record.Operation;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("time", record.Time.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("tool", operation.ToolName);
            writer.WriteStartObject("operation");
            writer.WriteString("product", operation.Api.Product);
            writer.WriteString("version", operation.Api.Version);
            writer.WriteString("operationId", operation.OperationId);
            writer.WriteString("method", operation.Method);
            writer.WriteString("path", operation.PathTemplate);
            writer.WriteString("safety", operation.Safety == ScpSafety.Destructive ? "destructive" : "write");
            writer.WriteEndObject();
            writer.WriteStartObject("targets");
            foreach (var (name, value) in record.Targets)
            {
                writer.WriteString(name, ScpSecretFields.IsSecret(name) ? ScpSecretFields.Redacted : value);
            }

            writer.WriteEndObject();
            writer.WritePropertyName("arguments");
            SecretRedactor.WriteRedacted(writer, record.Arguments);
            writer.WriteString("outcome", record.Outcome);
            if (record.Status is { } status)
            {
                writer.WriteNumber("status", status);
            }
            else
            {
                writer.WriteNull("status");
            }

            writer.WriteString("request_id", record.RequestId);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
