using System.Text.Json;

namespace Scp.Emulator.Behaviour;

/// <summary>A resource collection inferred from the spec: a path template on which POST creates records.</summary>
internal sealed class CollectionModel
{
    public required string Template { get; init; }

    /// <summary>The template with parameter names replaced by <c>{}</c>; the key of records in the store.</summary>
    public required string Key { get; init; }

    /// <summary>Number of path segments of the template.</summary>
    public required int Depth { get; init; }

    /// <summary>Name of the item path parameter (<c>volume_id</c>), or a name derived from the collection.</summary>
    public required string IdParameter { get; init; }

    /// <summary>Singular noun of the resource (<c>volume</c>), used to match <c>volume_name</c> to <c>name</c>.</summary>
    public required string Noun { get; init; }

    /// <summary>The resource's schema (unwrapped from <c>{"result": …}</c>-style envelopes), when the spec has one.</summary>
    public JsonElement? ResourceSchema { get; set; }

    /// <summary>The body schema of the create operation.</summary>
    public JsonElement? CreateBodySchema { get; set; }

    public bool HexIds { get; set; }

    public StateNames? States { get; set; }

    /// <summary>The enclosing collection of a nested one (<c>/v1/volumes/{}/snapshots</c> → <c>/v1/volumes</c>).</summary>
    public CollectionModel? Parent { get; set; }
}
