using System.Text;
using Scp.Sdk.Transport;

namespace Scp.Sdk.Configuration;

/// <summary>
/// Resolved SCP settings: credentials, region, environment, account id, endpoint override and language.
/// Build one with <see cref="ScpSettingsResolver"/> or by hand. <see cref="ToString"/> never shows a secret.
/// </summary>
public sealed class ScpSettings
{
    /// <summary>Default region (the docs' default).</summary>
    public const string DefaultRegion = "kr-west1";

    /// <summary>Default environment (the docs' default).</summary>
    public const string DefaultEnvironment = "s";

    /// <summary>Default Accept-Language.</summary>
    public const string DefaultLanguage = "en-US";

    /// <summary>Environments and the regions served in each (the docs' "Environment and Region List").</summary>
    public static IReadOnlyDictionary<string, string[]> RegionsByEnvironment { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["s"] = ["kr-west1", "kr-east1"],
        ["g"] = ["kr-south1", "kr-south2", "kr-south3"],
        ["e"] = ["kr-west1", "kr-east1"],
    };

    /// <summary>Accepted values of <see cref="Language"/>.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en-US", "ko-KR"];

    /// <summary>Access key, or null when none is configured.</summary>
    public string? AccessKey { get; set; }

    /// <summary>Secret key, or null when none is configured. Never shown.</summary>
    public string? SecretKey { get; set; }

    /// <summary>Account id, or null.</summary>
    public string? AccountId { get; set; }

    /// <summary>Region, e.g. <c>kr-west1</c>.</summary>
    public string Region { get; set; } = DefaultRegion;

    /// <summary>Environment: <c>s</c>, <c>g</c> or <c>e</c>.</summary>
    public string Environment { get; set; } = DefaultEnvironment;

    /// <summary>When set, the base URL of every product (as in the official SDK).</summary>
    public Uri? EndpointOverride { get; set; }

    /// <summary>Accept-Language sent with every request.</summary>
    public string Language { get; set; } = DefaultLanguage;

    /// <summary>The named profile the file values came from, or null for the default files.</summary>
    public string? Profile { get; set; }

    /// <summary>Where each setting came from, by <see cref="ScpSettingNames"/> name (e.g. <c>environment variable SCP_REGION</c>).</summary>
    public IDictionary<string, string> Sources { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>True when both keys are set.</summary>
    public bool HasCredentials => !string.IsNullOrEmpty(AccessKey) && !string.IsNullOrEmpty(SecretKey);

    /// <summary>The key pair, or a <see cref="ScpConfigurationException"/> saying where to set it.</summary>
    public ScpCredentials GetRequiredCredentials()
    {
        if (string.IsNullOrEmpty(AccessKey) || string.IsNullOrEmpty(SecretKey))
        {
            var missing = string.IsNullOrEmpty(AccessKey) ? ScpSettingNames.AccessKey : ScpSettingNames.SecretKey;
            throw new ScpConfigurationException(
                missing, null,
                $"SCP {missing} is not set. Set SCP_ACCESS_KEY and SCP_SECRET_KEY (or SCP_TF_ACCESS_KEY and SCP_TF_SECRET_KEY), " +
                "or write \"access-key\" and \"secret-key\" into ~/.scpconf/credentials.json (or a profile's credentials.json).");
        }

        return new ScpCredentials(AccessKey, SecretKey, AccountId);
    }

    /// <summary>
    /// The base URL of <paramref name="product"/>: the endpoint override when set, otherwise
    /// <c>https://{product}.{region}.{environment}.samsungsdscloud.com</c>. Never ends with '/'.
    /// </summary>
    public string GetBaseUrl(string product)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(product);
        if (EndpointOverride is { } endpoint)
        {
            return endpoint.AbsoluteUri.TrimEnd('/');
        }

        return $"https://{product}.{Region}.{Environment}.samsungsdscloud.com";
    }

    /// <summary>Where <paramref name="setting"/> came from, or <c>default</c>.</summary>
    public string SourceOf(string setting) => Sources.TryGetValue(setting, out var source) ? source : "default";

    /// <summary>Checks every value; throws <see cref="ScpConfigurationException"/> naming the setting, its source and the allowed values.</summary>
    public void Validate()
    {
        if (!RegionsByEnvironment.TryGetValue(Environment ?? string.Empty, out var regions))
        {
            throw Invalid(ScpSettingNames.Environment, Environment, "allowed values are s, g, e");
        }

        if (EndpointOverride is null && !regions.Contains(Region, StringComparer.Ordinal))
        {
            var known = RegionsByEnvironment.Values.SelectMany(r => r).Contains(Region, StringComparer.Ordinal);
            throw Invalid(
                ScpSettingNames.Region, Region,
                known ? $"region {Region} is not served in environment '{Environment}' ({SourceOf(ScpSettingNames.Environment)}); allowed there: {string.Join(", ", regions)}"
                      : $"allowed values in environment '{Environment}' are {string.Join(", ", regions)}");
        }

        if (!Languages.Contains(Language, StringComparer.Ordinal))
        {
            throw Invalid(ScpSettingNames.Language, Language, $"allowed values are {string.Join(", ", Languages)} (or en, ko)");
        }

        if (EndpointOverride is { } endpoint && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.Fragment)))
        {
            throw Invalid(ScpSettingNames.EndpointOverride, endpoint.OriginalString, "an absolute http:// or https:// URL without query or fragment is required");
        }

        CheckKey(ScpSettingNames.AccessKey, AccessKey);
        CheckKey(ScpSettingNames.SecretKey, SecretKey);
        CheckKey(ScpSettingNames.AccountId, AccountId);
        if (string.IsNullOrEmpty(AccessKey) != string.IsNullOrEmpty(SecretKey))
        {
            var missing = string.IsNullOrEmpty(AccessKey) ? ScpSettingNames.AccessKey : ScpSettingNames.SecretKey;
            var present = missing == ScpSettingNames.AccessKey ? ScpSettingNames.SecretKey : ScpSettingNames.AccessKey;
            throw new ScpConfigurationException(
                missing, null,
                $"SCP {present} is set ({SourceOf(present)}) but {missing} is not: set both keys in the same place.");
        }
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder("ScpSettings { ");
        text.Append("AccessKey = ").Append(Redaction.Mask(AccessKey))
            .Append(", SecretKey = ").Append(string.IsNullOrEmpty(SecretKey) ? "(none)" : "***")
            .Append(", AccountId = ").Append(AccountId ?? "(none)")
            .Append(", Region = ").Append(Region)
            .Append(", Environment = ").Append(Environment)
            .Append(", EndpointOverride = ").Append(EndpointOverride?.AbsoluteUri ?? "(none)")
            .Append(", Language = ").Append(Language)
            .Append(", Profile = ").Append(Profile ?? "(none)")
            .Append(" }");
        return text.ToString();
    }

    private void CheckKey(string setting, string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var c in value)
        {
            if (c <= ' ' || c > '~')
            {
                throw new ScpConfigurationException(
                    setting, SourceOf(setting),
                    $"SCP {setting} from {SourceOf(setting)} is invalid: only printable ASCII without spaces is allowed (check for a stray space, quote or line break).");
            }
        }
    }

    private ScpConfigurationException Invalid(string setting, string? value, string allowed) =>
        new(setting, SourceOf(setting), $"SCP {setting} '{value}' from {SourceOf(setting)} is invalid: {allowed}.");
}
