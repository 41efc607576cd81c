namespace Scp.Sdk.Configuration;

/// <summary>Names of the settings, as used in messages, <see cref="ScpSettings.Sources"/> and the config files.</summary>
public static class ScpSettingNames
{
    /// <summary>Access key (<c>credentials.json</c>: <c>access-key</c>).</summary>
    public const string AccessKey = "access-key";

    /// <summary>Secret key (<c>credentials.json</c>: <c>secret-key</c>).</summary>
    public const string SecretKey = "secret-key";

    /// <summary>Account id (<c>config.json</c>: <c>account-id</c>).</summary>
    public const string AccountId = "account-id";

    /// <summary>Region (<c>config.json</c>: <c>default-region</c>).</summary>
    public const string Region = "region";

    /// <summary>Environment s, g or e (<c>config.json</c>: <c>environment</c>).</summary>
    public const string Environment = "environment";

    /// <summary>Endpoint override (<c>config.json</c>: <c>endpoint-override</c>).</summary>
    public const string EndpointOverride = "endpoint-override";

    /// <summary>Accept-Language (<c>config.json</c>: <c>language</c>).</summary>
    public const string Language = "language";

    /// <summary>Named profile.</summary>
    public const string Profile = "profile";
}
