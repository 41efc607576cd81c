using System.Text.Json.Nodes;

namespace Scp.Emulator.State;

/// <summary>One emulated resource: its fields, sub-resources and pending state transition.</summary>
internal sealed class StoredRecord
{
    public required string Id { get; init; }

    /// <summary>Normalized collection template (<c>/v1/volumes/{}/snapshots</c>).</summary>
    public required string CollectionKey { get; init; }

    /// <summary>Concrete collection path (<c>/v1/volumes/abc/snapshots</c>).</summary>
    public required string CollectionPath { get; init; }

    public required long Sequence { get; init; }

    public required JsonObject Data { get; init; }

    /// <summary>Singleton sub-resources written through <c>{collection}/{id}/sub</c> paths, by sub path.</summary>
    public Dictionary<string, JsonObject> Subresources { get; init; } = new(StringComparer.Ordinal);

    /// <summary>State field and value to apply at <see cref="DueAt"/>.</summary>
    public (string Field, string Value)? PendingState { get; set; }

    /// <summary>When true, the record disappears at <see cref="DueAt"/> (an asynchronous delete).</summary>
    public bool RemoveWhenDue { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Path of the record itself (<c>/v1/volumes/abc</c>); children live under it.</summary>
    public string ItemPath => CollectionPath + "/" + Id;
}
