namespace Scp.SpecCapture.Model;

/// <summary>A model of the docs' Models section.</summary>
/// <param name="Line">Line of its heading.</param>
/// <param name="Name">Model name.</param>
/// <param name="Fields">Its field rows in docs order.</param>
public sealed record ModelDoc(int Line, string Name, IReadOnlyList<FieldDoc> Fields);
