namespace Scp.Sdk.Catalog.Schemas;

/// <summary>One way a JSON value breaks its schema.</summary>
public sealed class ScpValidationError
{
    /// <summary>Creates an error.</summary>
    public ScpValidationError(string path, string message, string expected)
    {
        Path = path;
        Message = message;
        Expected = expected;
    }

    /// <summary>Where: a dotted path from the root, e.g. <c>body.volume_name</c> or <c>body.tags[2]</c>; empty for the root.</summary>
    public string Path { get; }

    /// <summary>What is wrong, e.g. <c>unknown field</c> or <c>expected integer but got string</c>.</summary>
    public string Message { get; }

    /// <summary>The expected shape, e.g. <c>string matching ^[a-z]+$, 3 to 28 characters</c>.</summary>
    public string Expected { get; }

    /// <inheritdoc/>
    public override string ToString()
        => $"{(Path.Length == 0 ? "(arguments)" : Path)}: {Message}; expected {Expected}";
}
