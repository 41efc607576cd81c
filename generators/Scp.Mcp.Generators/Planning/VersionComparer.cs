using System;
using System.Collections.Generic;
using System.Globalization;

namespace Scp.Mcp.Generators.Planning;

/// <summary>Orders versions numerically by their dot-separated parts (1.2 &lt; 1.10), text as a tie-breaker.</summary>
internal sealed class VersionComparer : IComparer<string>
{
    public static readonly VersionComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var left = (x ?? string.Empty).Split('.');
        var right = (y ?? string.Empty).Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var bothNumbers = int.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                & int.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out var b);
            var result = bothNumbers ? a.CompareTo(b) : string.CompareOrdinal(left[i], right[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
