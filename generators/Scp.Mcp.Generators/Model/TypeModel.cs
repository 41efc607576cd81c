namespace Scp.Mcp.Generators.Model;

/// <summary>A generated model: an object class with properties, or an open enum with its known values.</summary>
internal sealed record TypeModel(
    string Name,
    string SchemaName,
    bool IsEnum,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<EnumMemberModel> EnumMembers);

/// <summary>One property of an object model.</summary>
internal sealed record PropertyModel(string WireName, string Name, TypeRef Type, bool Required, bool Nullable, string? Description);

/// <summary>One known value of an open enum.</summary>
internal sealed record EnumMemberModel(string Name, string Value);
