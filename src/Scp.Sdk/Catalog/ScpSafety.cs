namespace Scp.Sdk.Catalog;

/// <summary>The safety class of an operation (docs/architecture.md, "Safety classes").</summary>
public enum ScpSafety
{
    /// <summary>Reads only; GET operations.</summary>
    Read,

    /// <summary>Creates or changes something that can be changed back.</summary>
    Write,

    /// <summary>Deletes, overwrites, detaches, cancels, stops protection or replication, or shortens retention.</summary>
    Destructive,
}
