namespace Scp.SpecCapture.Model;

/// <summary>A parsed schema cell, e.g. <c>any of [array[Tag], null]</c>.</summary>
/// <param name="Kind">The shape.</param>
/// <param name="Name">Primitive type name or referenced model name.</param>
/// <param name="Format">Format of a primitive, e.g. <c>date-time</c>.</param>
/// <param name="Item">Item type of an array.</param>
/// <param name="Values">Enum values.</param>
/// <param name="Options">Alternatives of an any-of.</param>
public sealed record SchemaType(
    SchemaKind Kind,
    string? Name = null,
    string? Format = null,
    SchemaType? Item = null,
    IReadOnlyList<string>? Values = null,
    IReadOnlyList<SchemaType>? Options = null)
{
    /// <summary>Every model name this schema references, directly or nested.</summary>
    public IEnumerable<string> References()
    {
        if (Kind == SchemaKind.Reference && Name is not null)
        {
            yield return Name;
        }

        if (Item is not null)
        {
            foreach (var name in Item.References())
            {
                yield return name;
            }
        }

        foreach (var option in Options ?? [])
        {
            foreach (var name in option.References())
            {
                yield return name;
            }
        }
    }

    /// <summary>The schema without a <c>null</c> alternative: <c>any of [X, null]</c> gives X; otherwise itself.</summary>
    public SchemaType WithoutNull()
    {
        if (Kind != SchemaKind.AnyOf || Options is null)
        {
            return this;
        }

        var nonNull = Options.Where(o => o.Kind != SchemaKind.Null).ToList();
        return nonNull.Count == 1 ? nonNull[0] : this;
    }

    /// <summary>True for <c>any of [..., null]</c>.</summary>
    public bool IsNullable => Kind == SchemaKind.AnyOf && Options is not null && Options.Any(o => o.Kind == SchemaKind.Null);

    /// <summary>The schema written back in the docs' grammar, e.g. <c>any of [array[string], null]</c>.</summary>
    public string ToDocsText() => Kind switch
    {
        SchemaKind.Primitive => Format is null ? Name! : $"{Name} ({Format})",
        SchemaKind.Null => "null",
        SchemaKind.Reference => Name!,
        SchemaKind.Array => $"array[{Item!.ToDocsText()}]",
        SchemaKind.Enum => $"enum ({string.Join(", ", Values!)})",
        _ => $"any of [{string.Join(", ", Options!.Select(o => o.ToDocsText()))}]",
    };
}
