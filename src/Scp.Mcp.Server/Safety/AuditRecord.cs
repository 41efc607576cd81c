using System.Text.Json;
using Scp.Sdk.Catalog;

namespace Scp.Mcp.Server.Safety;

/// <summary>One write or destructive call, as the audit log records it.</summary>
internal sealed class AuditRecord
{
    /// <summary>When the call finished.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The tool the agent called (the operation's tool, also in discover mode).</summary>
    public required ScpOperationDescriptor Operation { get; init; }

    /// <summary>The arguments as given (secrets are redacted when written).</summary>
    public required JsonElement Arguments { get; init; }

    /// <summary>Target ids: path parameters, id-like body fields, and the id SCP returned.</summary>
    public required IReadOnlyList<(string Name, string Value)> Targets { get; init; }

    /// <summary>What happened, e.g. <c>succeeded</c>, <c>failed</c>, <c>not sent: declined</c>.</summary>
    public required string Outcome { get; init; }

    /// <summary>HTTP status SCP answered, when it did.</summary>
    public int? Status { get; init; }

    /// <summary>SCP's request id, when known.</summary>
    public string? RequestId { get; init; }
}
