using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scp.Emulator.Hosting;
using Scp.Sdk.Catalog;

namespace Scp.Emulator;

/// <summary>
/// A running SCP emulator: a local HTTP server that behaves like SCP for every operation of the catalogue.
/// Start it with <see cref="StartAsync"/>; point the SDK's endpoint override at <see cref="BaseUrl"/> and sign
/// with <see cref="DefaultKeyPair"/>. Dispose to stop it.
/// </summary>
public sealed class ScpEmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorPipeline _pipeline;
    private int _disposed;

    private ScpEmulatorHost(WebApplication app, EmulatorPipeline pipeline, Uri baseUrl, IReadOnlyList<ScpEmulatorKeyPair> keyPairs)
    {
        _app = app;
        _pipeline = pipeline;
        BaseUrl = baseUrl;
        KeyPairs = keyPairs;
    }

    /// <summary>The address the emulator listens on, e.g. <c>http://127.0.0.1:9000</c> (no trailing slash).</summary>
    public Uri BaseUrl { get; }

    /// <summary>Key pairs the emulator accepts.</summary>
    public IReadOnlyList<ScpEmulatorKeyPair> KeyPairs { get; }

    /// <summary>The first accepted key pair (the default pair unless others were configured).</summary>
    public ScpEmulatorKeyPair DefaultKeyPair => KeyPairs[0];

    /// <summary>Product-versions the emulator serves, e.g. <c>filestorage 1.1</c>.</summary>
    public IReadOnlyList<string> ApiVersions => _pipeline.Models.Select(m => m.Api.ToString()).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Starts an emulator; returns once it accepts connections.</summary>
    public static async Task<ScpEmulatorHost> StartAsync(ScpEmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var operations = options.Operations ?? ScpCatalog.Operations;
        var pipeline = new EmulatorPipeline(options, operations);

        // An empty builder: no appsettings.json, environment or command-line configuration of the embedding
        // process can move or reconfigure the emulator; Kestrel only, one terminal handler, no routing table.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Scp.Emulator" });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(options.Url);
        builder.Logging.ClearProviders();
        options.ConfigureLogging?.Invoke(builder.Logging);
        var app = builder.Build();
        pipeline.Logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Scp.Emulator");
        app.Run(pipeline.HandleAsync); // the catch-all: every method and path reaches the pipeline
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? options.Url;
        var baseUrl = new Uri(address.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
        return new ScpEmulatorHost(app, pipeline, baseUrl, options.EffectiveKeyPairs);
    }

    /// <summary>A start-up banner: where it listens, which keys to use, what it serves. Never shows a secret other than the public default.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        var address = BaseUrl.AbsoluteUri.TrimEnd('/');
        text.AppendLine(CultureInfo.InvariantCulture, $"SCP emulator listening on {address} (this is NOT Samsung Cloud Platform).");
        foreach (var pair in KeyPairs)
        {
            var secret = pair.SecretKey == ScpEmulatorDefaults.SecretKey ? pair.SecretKey : "(configured, not shown)";
            text.AppendLine(CultureInfo.InvariantCulture, $"  access key: {pair.AccessKey}   secret key: {secret}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  SCP_ENDPOINT_OVERRIDE={address}");
        text.Append(CultureInfo.InvariantCulture, $"  serving {ApiVersions.Count} product-versions: {string.Join(", ", ApiVersions)}");
        return text.ToString();
    }

    /// <summary>Waits until the host shuts down (Ctrl+C in the standalone emulator).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default)
    {
        var lifetime = _app.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStopping.Register(() => stopped.TrySetResult());
        cancellationToken.Register(() => stopped.TrySetCanceled(cancellationToken));
        return stopped.Task;
    }

    /// <summary>Stops the emulator.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
