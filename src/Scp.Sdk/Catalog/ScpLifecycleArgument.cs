namespace Scp.Sdk.Catalog;

/// <summary>One path parameter of a lifecycle's status GET and where its value comes from.</summary>
public sealed class ScpLifecycleArgument
{
    /// <summary>The status GET's path parameter, e.g. <c>volume_id</c>.</summary>
    public required string Name { get; init; }

    /// <summary>True when the value is read from the operation's answer; false when it is the call's own path value.</summary>
    public required bool FromAnswer { get; init; }

    /// <summary>Dotted path in the answer (<c>resource.id</c>) when <see cref="FromAnswer"/>; else the call's path parameter name.</summary>
    public required string Path { get; init; }
}
