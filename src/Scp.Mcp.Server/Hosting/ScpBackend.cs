using Scp.Emulator;
using Scp.Sdk.Catalog;
using Scp.Sdk.Configuration;
using Scp.Sdk.Invocation;
using Scp.Sdk.Transport;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// What tool calls talk to: SCP through the signing transport when credentials are configured, otherwise (or with
/// <c>--emulator</c>) the embedded emulator inside this process (<see cref="ScpEmulatorHandler"/>: no socket, no web
/// server), announced loudly on stderr.
/// </summary>
internal sealed class ScpBackend : IAsyncDisposable
{
    private readonly ScpHttpInvoker _invoker;

    private ScpBackend(ScpHttpInvoker invoker, bool isEmulator)
    {
        _invoker = invoker;
        IsEmulator = isEmulator;
    }

    /// <summary>The invoker every tool call goes through.</summary>
    public IScpOperationInvoker Invoker => _invoker;

    /// <summary>True when calls go to the embedded emulator, not to SCP.</summary>
    public bool IsEmulator { get; }

    /// <summary>
    /// Resolves settings (command line, then environment, then <c>~/.scpconf</c> files) and starts the backend.
    /// </summary>
    /// <param name="settings">The command line.</param>
    /// <param name="log">Where the start-up banner goes (stderr: stdout belongs to MCP on stdio).</param>
    /// <param name="defaultStorePath">Emulator state file when <c>--emulator-store</c> is not given; null keeps state in memory.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <exception cref="ScpConfigurationException">A setting is invalid; the message names it, its source and the allowed values.</exception>
    public static async Task<ScpBackend> StartAsync(
        ScpServerOptions settings, TextWriter log, string? defaultStorePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        var resolved = new ScpSettingsResolver().Resolve(new ScpCommandLineSettings
        {
            Region = settings.Region,
            Environment = settings.Environment,
            Profile = settings.Profile,
            Language = settings.Language == ScpTextLanguage.Korean ? "ko-KR" : null,
        });

        if (!settings.Emulator && resolved.HasCredentials)
        {
            return new ScpBackend(ScpHttpInvoker.Create(resolved), isEmulator: false);
        }

        var options = new ScpEmulatorOptions
        {
            StoreFilePath = settings.EmulatorStorePath ?? defaultStorePath,

            // Test hooks of the embedded emulator (docs/emulator.md): drift mode and a log of the answers it sent.
            DriftSeed = int.TryParse(System.Environment.GetEnvironmentVariable("SCP_EMULATOR_DRIFT"), System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out var drift) ? drift : null,
            AnswerLogPath = System.Environment.GetEnvironmentVariable("SCP_EMULATOR_ANSWER_LOG") is { Length: > 0 } answerLog ? answerLog : null,
        };
        var emulator = new ScpEmulatorHandler(options);
        var key = emulator.DefaultKeyPair;
        var emulated = new ScpSettings
        {
            AccessKey = key.AccessKey,
            SecretKey = key.SecretKey,
            AccountId = key.AccountId,
            Region = resolved.Region,
            Environment = resolved.Environment,
            Language = resolved.Language,
            EndpointOverride = ScpEmulatorHandler.BaseUrl,
        };
        var why = settings.Emulator
            ? "--emulator was given"
            : "no SCP credentials were found (set SCP_ACCESS_KEY and SCP_SECRET_KEY, or ~/.scpconf/credentials.json)";
        await log.WriteLineAsync(
            $"scp-mcp: NOT talking to Samsung Cloud Platform: {why}, so every call goes to the emulator inside this process"
            + (options.StoreFilePath is null ? " (state in memory)." : $" (state in {options.StoreFilePath})."))
            .ConfigureAwait(false);

        // The invoker's client owns the handler chain: disposing the invoker disposes the emulator.
        return new ScpBackend(ScpHttpInvoker.Create(emulated, primaryHandler: emulator), isEmulator: true);
    }

    /// <summary>The default emulator state file of <c>scp-mcp call</c>, so a create is still there for the next call.</summary>
    public static string DefaultCallStorePath()
    {
        var stateHome = System.Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (string.IsNullOrWhiteSpace(stateHome))
        {
            stateHome = Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".local", "state");
        }

        return Path.Combine(stateHome, "scp-mcp", "emulator-store.json");
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _invoker.Dispose();
        return ValueTask.CompletedTask;
    }
}
