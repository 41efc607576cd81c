namespace Scp.Mcp.Generators.Model;

/// <summary>The kinds of value a schema maps to in C#.</summary>
internal enum TypeRefKind
{
    /// <summary>Any JSON value (<c>JsonElement</c>): free-form objects and constructs without a closer type.</summary>
    Any,
    String,
    Boolean,
    Int64,

    /// <summary><c>number</c>: <c>decimal</c>, read from JSON numbers and numeric strings (SCP's docs quote some decimals).</summary>
    Decimal,
    DateTime,

    /// <summary>A generated class for an object component schema.</summary>
    Object,

    /// <summary>A generated open enum (readonly struct wrapping the string).</summary>
    Enum,
    List,
}

/// <summary>
/// A C# value type for a schema. <see cref="Name"/> is the generated type's name for Object/Enum;
/// lists carry their item kind and name (nested lists map to <see cref="TypeRefKind.Any"/>).
/// </summary>
internal sealed record TypeRef(TypeRefKind Kind, string? Name = null, TypeRefKind ItemKind = TypeRefKind.Any, string? ItemName = null)
{
    public static readonly TypeRef AnyValue = new(TypeRefKind.Any);

    public TypeRef Item => new(ItemKind, ItemName);

    public bool IsValueType => Kind is TypeRefKind.Boolean or TypeRefKind.Int64 or TypeRefKind.Decimal
        or TypeRefKind.DateTime or TypeRefKind.Enum or TypeRefKind.Any;
}
