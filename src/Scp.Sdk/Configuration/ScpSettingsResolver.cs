namespace Scp.Sdk.Configuration;

/// <summary>
/// Resolves <see cref="ScpSettings"/> from, in order of precedence: the command line, the environment
/// (<c>SCP_*</c>, then the official <c>SCP_TF_*</c> names), then the files <c>~/.scpconf/config.json</c> and
/// <c>credentials.json</c> (or a named profile's files under <c>~/.scpconf/profiles/&lt;name&gt;/</c>), then defaults.
/// The access key and secret key are taken together from the first source that sets either.
/// </summary>
public sealed class ScpSettingsResolver
{
    private readonly Func<string, string?> _environment;
    private readonly string _homeDirectory;

    /// <summary>Creates a resolver.</summary>
    /// <param name="environment">Reads an environment variable; defaults to <see cref="System.Environment.GetEnvironmentVariable(string)"/>.</param>
    /// <param name="homeDirectory">The user's home directory; defaults to the current user's profile folder.</param>
    public ScpSettingsResolver(Func<string, string?>? environment = null, string? homeDirectory = null)
    {
        _environment = environment ?? System.Environment.GetEnvironmentVariable;
        _homeDirectory = homeDirectory ?? System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
    }

    /// <summary>The directory holding the official config files: <c>&lt;home&gt;/.scpconf</c>.</summary>
    public string ConfigDirectory => Path.Combine(_homeDirectory, ".scpconf");

    /// <summary>Resolves and validates the settings.</summary>
    /// <exception cref="ScpConfigurationException">A value is invalid, a file is unreadable, or a named profile does not exist.</exception>
    public ScpSettings Resolve(ScpCommandLineSettings? commandLine = null)
    {
        commandLine ??= new ScpCommandLineSettings();
        var settings = new ScpSettings();

        var profile = First(
            settings, ScpSettingNames.Profile,
            (commandLine.Profile, "command line (--profile)"),
            Env("SCP_PROFILE"));
        settings.Profile = profile;
        var files = ReadFiles(profile, settings);

        settings.Region = First(
            settings, ScpSettingNames.Region,
            (commandLine.Region, "command line (--region)"),
            Env("SCP_REGION"), Env("SCP_TF_DEFAULT_REGION"),
            files.Config.Get("default-region")) ?? ScpSettings.DefaultRegion;
        settings.Environment = First(
            settings, ScpSettingNames.Environment,
            (commandLine.Environment, "command line (--environment)"),
            Env("SCP_ENVIRONMENT"),
            files.Config.Get("environment")) ?? ScpSettings.DefaultEnvironment;
        settings.Language = First(
            settings, ScpSettingNames.Language,
            (commandLine.Language, "command line (--language)"),
            Env("SCP_LANGUAGE"),
            files.Config.Get("language")) switch
            {
                null => ScpSettings.DefaultLanguage,
                var language when language.Equals("ko", StringComparison.OrdinalIgnoreCase) => "ko-KR",
                var language when language.Equals("en", StringComparison.OrdinalIgnoreCase) => "en-US",
                var language => language,
            };
        settings.AccountId = First(
            settings, ScpSettingNames.AccountId,
            (commandLine.AccountId, "command line (--account-id)"),
            Env("SCP_ACCOUNT_ID"), Env("SCP_TF_ACCOUNT_ID"),
            files.Config.Get("account-id"));
        var endpoint = First(
            settings, ScpSettingNames.EndpointOverride,
            (commandLine.EndpointOverride, "command line (--endpoint-override)"),
            Env("SCP_ENDPOINT_OVERRIDE"), Env("SCP_TF_ENDPOINT_OVERRIDE"),
            files.Config.Get("endpoint-override"));
        settings.EndpointOverride = ParseEndpoint(endpoint, settings);

        ResolveKeys(settings, commandLine, files.Credentials);
        settings.Validate();
        return settings;
    }

    private static Uri? ParseEndpoint(string? value, ScpSettings settings)
    {
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            var source = settings.SourceOf(ScpSettingNames.EndpointOverride);
            throw new ScpConfigurationException(
                ScpSettingNames.EndpointOverride, source,
                $"SCP endpoint-override '{value}' from {source} is invalid: an absolute http:// or https:// URL is required (e.g. http://127.0.0.1:5100).");
        }

        return uri;
    }

    private static string? First(ScpSettings settings, string setting, params (string? Value, string Source)[] candidates)
    {
        foreach (var (value, source) in candidates)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                settings.Sources[setting] = source;
                return value.Trim();
            }
        }

        return null;
    }

    private void ResolveKeys(ScpSettings settings, ScpCommandLineSettings commandLine, ScpConfigFile credentials)
    {
        var envAccess = First(Env("SCP_ACCESS_KEY"), Env("SCP_TF_ACCESS_KEY"));
        var envSecret = First(Env("SCP_SECRET_KEY"), Env("SCP_TF_SECRET_KEY"));
        (string? Value, string Source)[][] levels =
        [
            [(commandLine.AccessKey, "command line (--access-key)"), (commandLine.SecretKey, "command line (--secret-key)")],
            [envAccess, envSecret],
            [credentials.Get("access-key"), credentials.Get("secret-key")],
        ];
        foreach (var level in levels)
        {
            var (access, secret) = (level[0], level[1]);
            if (string.IsNullOrWhiteSpace(access.Value) && string.IsNullOrWhiteSpace(secret.Value))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(access.Value) || string.IsNullOrWhiteSpace(secret.Value))
            {
                var (missing, present) = string.IsNullOrWhiteSpace(access.Value)
                    ? (ScpSettingNames.AccessKey, secret) : (ScpSettingNames.SecretKey, access);
                throw new ScpConfigurationException(
                    missing, present.Source,
                    $"SCP {missing} is missing: {present.Source} sets only one key of the pair. Set the access key and the secret key in the same place.");
            }

            settings.AccessKey = access.Value.Trim();
            settings.SecretKey = secret.Value.Trim();
            settings.Sources[ScpSettingNames.AccessKey] = access.Source;
            settings.Sources[ScpSettingNames.SecretKey] = secret.Source;
            return;
        }
    }

    private static (string? Value, string Source) First(params (string? Value, string Source)[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate.Value))
            {
                return candidate;
            }
        }

        return candidates[^1];
    }

    private (string? Value, string Source) Env(string name) => (_environment(name), $"environment variable {name}");

    private (ScpConfigFile Config, ScpConfigFile Credentials) ReadFiles(string? profile, ScpSettings settings)
    {
        var directory = ConfigDirectory;
        if (profile is not null)
        {
            if (profile is "." or ".." || profile.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            {
                throw new ScpConfigurationException(
                    ScpSettingNames.Profile, settings.SourceOf(ScpSettingNames.Profile),
                    $"SCP profile '{profile}' from {settings.SourceOf(ScpSettingNames.Profile)} is invalid: use letters, digits, '-', '_' and '.' only.");
            }

            directory = Path.Combine(ConfigDirectory, "profiles", profile);
            if (!Directory.Exists(directory))
            {
                throw new ScpConfigurationException(
                    ScpSettingNames.Profile, settings.SourceOf(ScpSettingNames.Profile),
                    $"SCP profile '{profile}' from {settings.SourceOf(ScpSettingNames.Profile)} does not exist: create {directory} with config.json and credentials.json.");
            }
        }

        return (ScpConfigFile.Read(Path.Combine(directory, "config.json"), secret: false),
                ScpConfigFile.Read(Path.Combine(directory, "credentials.json"), secret: true));
    }
}
