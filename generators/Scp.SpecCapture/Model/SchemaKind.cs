namespace Scp.SpecCapture.Model;

/// <summary>The shapes a docs schema cell can take.</summary>
public enum SchemaKind
{
    /// <summary><c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>object</c>, optionally with a format.</summary>
    Primitive,

    /// <summary><c>null</c>, only inside <c>any of [...]</c>.</summary>
    Null,

    /// <summary>A model of the same service.</summary>
    Reference,

    /// <summary><c>array[X]</c>.</summary>
    Array,

    /// <summary><c>enum (A, B)</c>.</summary>
    Enum,

    /// <summary><c>any of [X, Y]</c>.</summary>
    AnyOf,
}
