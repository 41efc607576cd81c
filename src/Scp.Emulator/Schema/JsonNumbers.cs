using System.Globalization;
using System.Text.Json.Nodes;

namespace Scp.Emulator.Schema;

/// <summary>Reads numbers from any JSON value node, parsed or built in memory (an <c>int</c> node has no <c>double</c> view).</summary>
internal static class JsonNumbers
{
    public static bool TryGetDouble(JsonNode node, out double value) =>
        double.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public static bool TryGetLong(JsonNode node, out long value) =>
        long.TryParse(node.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static double ToDouble(JsonNode node) => TryGetDouble(node, out var value) ? value : 0;
}
