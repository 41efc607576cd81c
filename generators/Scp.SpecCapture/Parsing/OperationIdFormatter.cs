using System.Text;

namespace Scp.SpecCapture.Parsing;

/// <summary>Turns the docs' operation name into an operationId.</summary>
public static class OperationIdFormatter
{
    /// <summary>
    /// Splits on every character outside [A-Za-z0-9], upper-cases the first character of each piece and joins:
    /// "Check Duplication AI&amp;MLOps Platform Name" gives "CheckDuplicationAIMLOpsPlatformName".
    /// </summary>
    public static string ToOperationId(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var startOfPiece = true;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(startOfPiece ? char.ToUpperInvariant(c) : c);
                startOfPiece = false;
            }
            else
            {
                startOfPiece = true;
            }
        }

        return builder.ToString();
    }
}
