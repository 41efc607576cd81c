namespace Scp.Emulator.Behaviour;

/// <summary>What an operation does to the emulator's state, inferred from its method and path.</summary>
internal enum OperationKind
{
    /// <summary>Answered from the response schema and the docs' example; state is not touched.</summary>
    Static,

    /// <summary>POST on a collection: creates a record.</summary>
    Create,

    /// <summary>GET on a collection: lists records.</summary>
    List,

    /// <summary>GET on <c>{collection}/{id}</c>.</summary>
    Read,

    /// <summary>PUT/PATCH/POST on <c>{collection}/{id}</c>.</summary>
    Update,

    /// <summary>DELETE on <c>{collection}/{id}</c>.</summary>
    Delete,

    /// <summary>GET on <c>{collection}/{id}/sub</c>.</summary>
    SubRead,

    /// <summary>PUT/PATCH/POST on <c>{collection}/{id}/sub</c>: an action or a singleton sub-resource.</summary>
    SubWrite,

    /// <summary>DELETE on <c>{collection}/{id}/sub</c>.</summary>
    SubDelete,

    /// <summary>A check-duplication GET: answers from state.</summary>
    Check,
}
