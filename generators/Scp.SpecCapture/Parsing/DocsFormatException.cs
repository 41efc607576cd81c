namespace Scp.SpecCapture.Parsing;

/// <summary>The docs do not have the expected shape at a given line.</summary>
public sealed class DocsFormatException : Exception
{
    /// <summary>Creates the error.</summary>
    public DocsFormatException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        LineNumber = line;
        Problem = problem;
    }

    /// <summary>Creates an empty error (for serializers).</summary>
    public DocsFormatException()
        : this("<unknown>", 0, "malformed docs")
    {
    }

    /// <summary>Creates an error with a message only.</summary>
    public DocsFormatException(string message)
        : this("<unknown>", 0, message)
    {
    }

    /// <summary>Creates an error wrapping another.</summary>
    public DocsFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "<unknown>";
        Problem = message;
    }

    /// <summary>The docs file.</summary>
    public string File { get; }

    /// <summary>1-based line.</summary>
    public int LineNumber { get; }

    /// <summary>What was expected and what was found.</summary>
    public string Problem { get; }
}
