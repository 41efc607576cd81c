using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Scp.Sdk.Configuration;
using Scp.Sdk.Invocation;
using Scp.Sdk.Transport;

namespace Scp.Sdk.DependencyInjection;

/// <summary>Registers the SCP transport and the typed <see cref="ScpClient"/>.</summary>
public static class ScpServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ScpSettings"/>, an <see cref="HttpClient"/> with the resilience handler outside and
    /// <see cref="ScpSigningHandler"/> inside (so every attempt is signed afresh), <see cref="ScpHttpInvoker"/> as
    /// <see cref="IScpOperationInvoker"/>, and <see cref="ScpClient"/>. The clock is the registered
    /// <see cref="TimeProvider"/> (the system clock unless one is registered).
    /// </summary>
    /// <returns>The HTTP client builder, e.g. to set a primary handler.</returns>
    public static IHttpClientBuilder AddScpClient(
        this IServiceCollection services, ScpSettings settings, Action<ScpResilienceOptions>? configureResilience = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        var resilience = new ScpResilienceOptions();
        configureResilience?.Invoke(resilience);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(settings);
        services.TryAddTransient(sp => new ScpSigningHandler(settings, sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient(sp => new ScpClient(sp.GetRequiredService<IScpOperationInvoker>()));

        var builder = services
            .AddHttpClient<IScpOperationInvoker, ScpHttpInvoker>(
                (client, sp) => new ScpHttpInvoker(client, settings, sp.GetService<ILogger<ScpHttpInvoker>>()))
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(ScpHttpInvoker.CreatePrimaryHandler)
            .RedactLoggedHeaders(static _ => true);
        builder.AddHttpMessageHandler(sp => new ResilienceHandler(
            ScpResiliencePipeline.Create(resilience, sp.GetRequiredService<TimeProvider>())));
        builder.AddHttpMessageHandler<ScpSigningHandler>();
        return builder;
    }

    /// <summary>Resolves settings with <see cref="ScpSettingsResolver"/> (command line, environment, files) and registers the client.</summary>
    /// <exception cref="ScpConfigurationException">A setting is invalid.</exception>
    public static IHttpClientBuilder AddScpClient(
        this IServiceCollection services, ScpCommandLineSettings? commandLine = null, Action<ScpResilienceOptions>? configureResilience = null) =>
        services.AddScpClient(new ScpSettingsResolver().Resolve(commandLine), configureResilience);
}
