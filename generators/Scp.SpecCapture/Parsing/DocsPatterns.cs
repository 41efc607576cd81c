using System.Text.RegularExpressions;

namespace Scp.SpecCapture.Parsing;

/// <summary>The line shapes of the docs text.</summary>
public static partial class DocsPatterns
{
    /// <summary><c>1.1.2.1 - 1.0</c>: a numbered section heading.</summary>
    [GeneratedRegex(@"^(?<num>\d+(?:\.\d+)*) - (?<title>\S.*)$")]
    public static partial Regex Heading();

    /// <summary><c>- 1.2.3: ModelName</c>: an entry of the contents list at the top.</summary>
    [GeneratedRegex(@"^- (?<num>\d+(?:\.\d+)*): (?<title>\S.*)$")]
    public static partial Regex ContentsEntry();

    /// <summary><c>get /v1/buckets/{bucket_id}</c>.</summary>
    [GeneratedRegex(@"^(?<method>get|post|put|delete|patch|head|options) (?<path>/\S*)$")]
    public static partial Regex MethodLine();

    /// <summary><c>상태 ACTIVE (DEPRECATED)</c>.</summary>
    [GeneratedRegex(@"^상태 (?<status>\S.*)$")]
    public static partial Regex StatusLine();

    /// <summary><c>https://archivestorage.{region}.{environment}.samsungsdscloud.com</c>.</summary>
    [GeneratedRegex(@"^https://(?<product>[a-z0-9-]+)\.\{region\}\.\{environment\}\.[a-z0-9.-]+$")]
    public static partial Regex UrlTemplate();

    /// <summary><c>"Scp-Api-Version = archivestorage 1.1",</c>.</summary>
    [GeneratedRegex(@"^""(?<name>[A-Za-z-]+) = (?<value>.*)"",?$")]
    public static partial Regex HeaderLine();

    /// <summary><c>Response 200</c>.</summary>
    [GeneratedRegex(@"^Response (?<code>\d{3})$")]
    public static partial Regex ResponseExample();

    /// <summary>An API version like <c>1.2</c>.</summary>
    [GeneratedRegex(@"^\d+\.\d+$")]
    public static partial Regex Version();

    /// <summary>A docs date like <c>20251231</c>.</summary>
    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$")]
    public static partial Regex Date();
}
