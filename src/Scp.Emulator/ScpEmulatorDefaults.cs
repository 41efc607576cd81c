namespace Scp.Emulator;

/// <summary>
/// Well-known defaults of the emulator. The default key pair is public on purpose: it only opens the
/// local emulator, never SCP.
/// </summary>
public static class ScpEmulatorDefaults
{
    /// <summary>Default access key accepted by the emulator.</summary>
    public const string AccessKey = "SCPEMULATORACCESSKEY0";

    /// <summary>Default secret key accepted by the emulator (not a secret: it only opens the emulator).</summary>
    public const string SecretKey = "scp-emulator-secret-key-not-for-production";

    /// <summary>Default listen address of the standalone emulator.</summary>
    public const string Url = "http://127.0.0.1:9000";

    /// <summary>How far a request's <c>Scp-Timestamp</c> may be from the emulator's clock (as SCP: 15 minutes).</summary>
    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromMinutes(15);

    /// <summary>Default time an asynchronous operation spends in its transitional state.</summary>
    public static readonly TimeSpan AsyncDelay = TimeSpan.FromSeconds(1);
}
