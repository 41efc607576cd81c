namespace Scp.Sdk.Configuration;

/// <summary>A missing or invalid SCP setting. The message names the setting, where it came from and what is allowed; never a secret.</summary>
public sealed class ScpConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScpConfigurationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ScpConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public ScpConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one setting.</summary>
    public ScpConfigurationException(string? setting, string? source, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Setting = setting;
        SettingSource = source;
    }

    /// <summary>The setting at fault (see <see cref="ScpSettingNames"/>), when one is.</summary>
    public string? Setting { get; }

    /// <summary>Where the bad value came from (e.g. <c>environment variable SCP_ENVIRONMENT</c>), when known.</summary>
    public string? SettingSource { get; }
}
