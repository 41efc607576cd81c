using System.Text;

namespace Scp.Sdk.Transport;

/// <summary>
/// Builds the exact URL of a request: path parameters and query values are escaped once with
/// <see cref="Uri.EscapeDataString(string)"/>, and the result is checked to survive <see cref="Uri"/> unchanged,
/// so the string that is signed is byte for byte the string that is sent.
/// </summary>
public static class ScpRequestUrl
{
    /// <summary>Builds the URL string.</summary>
    /// <param name="baseUrl">Scheme, host, port and optional base path, without a trailing '/'.</param>
    /// <param name="pathTemplate">Path template such as <c>/v1/volumes/{volume_id}</c>.</param>
    /// <param name="pathValues">Raw (unescaped) path values by parameter name.</param>
    /// <param name="queryValues">Raw query values in order; a repeated name is sent repeatedly.</param>
    /// <exception cref="ArgumentException">A path value is missing, empty, '.' or '..', or a value has no placeholder.</exception>
    public static string Build(
        string baseUrl, string pathTemplate, IReadOnlyDictionary<string, string> pathValues, IEnumerable<KeyValuePair<string, string>> queryValues)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseUrl);
        ArgumentNullException.ThrowIfNull(pathTemplate);
        ArgumentNullException.ThrowIfNull(pathValues);
        ArgumentNullException.ThrowIfNull(queryValues);

        var url = new StringBuilder(baseUrl.TrimEnd('/'));
        if (!pathTemplate.StartsWith('/'))
        {
            url.Append('/');
        }

        var used = 0;
        var position = 0;
        while (position < pathTemplate.Length)
        {
            var open = pathTemplate.IndexOf('{', position);
            if (open < 0)
            {
                url.Append(pathTemplate, position, pathTemplate.Length - position);
                break;
            }

            var close = pathTemplate.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new ArgumentException($"Path template '{pathTemplate}' has an unclosed '{{'.", nameof(pathTemplate));
            }

            url.Append(pathTemplate, position, open - position);
            var name = pathTemplate[(open + 1)..close];
            if (!pathValues.TryGetValue(name, out var value) || value is null)
            {
                throw new ArgumentException($"Path parameter '{name}' of '{pathTemplate}' has no value.", nameof(pathValues));
            }

            if (value.Length == 0 || value is "." or "..")
            {
                throw new ArgumentException($"Path parameter '{name}' must not be empty, '.' or '..' (got '{value}').", nameof(pathValues));
            }

            url.Append(Uri.EscapeDataString(value));
            used++;
            position = close + 1;
        }

        if (used != pathValues.Count)
        {
            var unknown = pathValues.Keys.First(k => !pathTemplate.Contains("{" + k + "}", StringComparison.Ordinal));
            throw new ArgumentException($"Path value '{unknown}' has no placeholder in '{pathTemplate}'.", nameof(pathValues));
        }

        var separator = '?';
        foreach (var (name, value) in queryValues)
        {
            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value ?? string.Empty));
            separator = '&';
        }

        return url.ToString();
    }

    /// <summary>Makes the <see cref="Uri"/> to send, checking it will not re-encode <paramref name="url"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="url"/> would be sent differently from how it is written.</exception>
    public static Uri ToUri(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !string.Equals(uri.AbsoluteUri, url, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The request URL '{url}' would be changed by URI normalisation and the signature would not match; check the base URL.", nameof(url));
        }

        return uri;
    }
}
