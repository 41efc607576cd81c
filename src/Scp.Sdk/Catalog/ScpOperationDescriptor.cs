namespace Scp.Sdk.Catalog;

/// <summary>
/// One operation-version from the captured specs, plus its curation (tool name, English title, safety class).
/// Emitted by Scp.Mcp.Generators; consumed by the MCP server and the emulator.
/// </summary>
public sealed class ScpOperationDescriptor
{
    /// <summary>The product-version this operation belongs to.</summary>
    public required ScpApiDescriptor Api { get; init; }

    /// <summary>The spec's operationId, e.g. <c>CreateBucket</c>.</summary>
    public required string OperationId { get; init; }

    /// <summary>MCP tool name, <c>&lt;prefix&gt;_&lt;operation&gt;</c>, matching <c>^[a-z][a-z0-9_]*$</c>, at most 48 characters.</summary>
    public required string ToolName { get; init; }

    /// <summary>English title (from the curation file).</summary>
    public required string Title { get; init; }

    /// <summary>The docs' operation name (the spec's summary).</summary>
    public required string Summary { get; init; }

    /// <summary>The docs' description.</summary>
    public required string Description { get; init; }

    /// <summary>
    /// The curated English tool description (<c>specs/&lt;product&gt;/text.en.json</c>): what the operation does and when to
    /// use it rather than its neighbours; null when the product has no English text for it.
    /// </summary>
    public string? EnglishDescription { get; init; }

    /// <summary>HTTP method in upper case, e.g. <c>GET</c>.</summary>
    public required string Method { get; init; }

    /// <summary>Path template, e.g. <c>/v1/volumes/{volume_id}</c>.</summary>
    public required string PathTemplate { get; init; }

    /// <summary>Path, query and header parameters in the spec's order.</summary>
    public required IReadOnlyList<ScpParameterDescriptor> Parameters { get; init; }

    /// <summary>JSON Schema of the request body as JSON text, or null when there is no body.</summary>
    public string? BodySchemaJson { get; init; }

    /// <summary>True when the body is required.</summary>
    public bool BodyRequired { get; init; }

    /// <summary>The docs' example request body as JSON text, when given.</summary>
    public string? BodyExampleJson { get; init; }

    /// <summary>Every documented response, in the spec's order.</summary>
    public required IReadOnlyList<ScpResponseDescriptor> Responses { get; init; }

    /// <summary>
    /// Status code of the success response, chosen by the generator by one rule: the lowest 2xx that documents a body,
    /// else the lowest 2xx; null when the spec documents no 2xx.
    /// </summary>
    public int? SuccessStatusCode { get; init; }

    /// <summary>The success response (see <see cref="SuccessStatusCode"/>), or null.</summary>
    public ScpResponseDescriptor? SuccessResponse => SuccessStatusCode is { } code ? Responses.FirstOrDefault(r => r.StatusCode == code) : null;

    /// <summary>
    /// True when the answer means "accepted, still working" (status 202, or the spec's <c>Async…</c> answer schema), by the
    /// generator's one rule. The resource then passes through a transitional state; <see cref="Lifecycle"/> says how to
    /// wait for it, when the spec has a GET to follow it with.
    /// </summary>
    public bool AnswersAsynchronously { get; init; }

    /// <summary>How to wait for the resource this operation's answer leaves in a transitional state; null when the answer is final.</summary>
    public ScpOperationLifecycle? Lifecycle { get; init; }

    /// <summary>Safety class after curation.</summary>
    public required ScpSafety Safety { get; init; }

    /// <summary>Why the safety class is what it is, when the curation file says so.</summary>
    public string? SafetyReason { get; init; }

    /// <summary>True for the CURRENT version of this operation (the one tools call).</summary>
    public required bool IsCurrent { get; init; }

    /// <summary>True when the docs mark this operation-version DEPRECATED.</summary>
    public required bool Deprecated { get; init; }

    /// <summary>Supported-until date (yyyy-MM-dd) when deprecated.</summary>
    public string? SupportedUntil { get; init; }

    /// <summary>True when the curation file hides this operation from tool listings.</summary>
    public bool Hidden { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{ToolName} ({Method} {PathTemplate}, {Api})";
}
