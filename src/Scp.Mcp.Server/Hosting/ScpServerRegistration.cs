using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Scp.Mcp.Server.Modes;
using Scp.Mcp.Server.Safety;
using Scp.Mcp.Server.Tools;
using Scp.Sdk.Catalog;
using Scp.Sdk.Invocation;

namespace Scp.Mcp.Server.Hosting;

/// <summary>Registers the Scp.Mcp services and MCP server (tools, resources) shared by every transport and the CLI.</summary>
internal static class ScpServerRegistration
{
    /// <summary>
    /// Registers the call pipeline. The operations come from DI (<see cref="IReadOnlyList{ScpOperationDescriptor}"/>;
    /// register them before, or <see cref="ScpCatalog.Operations"/> is used) and so does the invoker
    /// (the CLI registers <see cref="ScpBackend.Invoker"/>; without one, calls fail clearly and send nothing).
    /// </summary>
    public static IServiceCollection AddScpCallPipeline(this IServiceCollection services, ScpServerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.TryAddSingleton<IReadOnlyList<ScpOperationDescriptor>>(_ => ScpCatalog.Operations);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IScpOperationInvoker, UnconfiguredInvoker>();
        services.TryAddSingleton(sp => SingleUseRecords.Create(settings.Redis, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => ConfirmTokenService.Create(
            settings.ConfirmKey, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ISingleUseRecord>()));
        services.TryAddSingleton(_ => new AuditLog(settings.AuditLogPath));
        services.TryAddSingleton<ConfirmationGate>();
        services.TryAddSingleton<LongRunningWaiter>();
        services.TryAddSingleton<OperationExecutor>();
        return services;
    }

    /// <summary>Registers the call pipeline and an MCP server offering the tools and spec resources; add a transport next.</summary>
    public static IMcpServerBuilder AddScpMcpServer(this IServiceCollection services, ScpServerOptions settings)
    {
        services.AddScpCallPipeline(settings);
        services.AddSingleton<IConfigureOptions<McpServerOptions>, ScpServerSetup>();
        return services.AddMcpServer();
    }

    /// <summary>
    /// Configures <paramref name="options"/> as the scp-mcp server: identity, instructions, the operation tools and spec
    /// resources of <paramref name="operations"/>, and the per-client tools/list filter. Both hosts use it (HTTP through
    /// <see cref="IConfigureOptions{McpServerOptions}"/>, stdio directly).
    /// </summary>
    public static McpServerOptions ConfigureServer(McpServerOptions options, IReadOnlyList<ScpOperationDescriptor> operations, ScpServerOptions settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        options.ServerInfo = new Implementation
        {
            Name = "scp-mcp",
            Title = "Samsung Cloud Platform",
            Version = typeof(ScpServerRegistration).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0",
        };
        // What the one-word "Destructive." and "Long-running." of tool descriptions mean, said once per session.
        const string Notes = "Destructive operations need a person's confirmation; long-running ones wait until done or return a handle to check.";
        options.ServerInstructions = settings.ToolMode switch
        {
            ToolMode.Discover => "Samsung Cloud Platform storage, backup and AI/ML operations. Search with scp_search_operations, read the schema with scp_describe_operation, then call. " + Notes,
            ToolMode.Full => "Samsung Cloud Platform storage, backup and AI/ML operations, one tool per operation. " + Notes + " The API specs are resources under scp://specs/.",
            _ => "Samsung Cloud Platform storage, backup and AI/ML operations: one tool per operation, or, where the tool list is short, search with scp_search_operations, read the schema with scp_describe_operation, then call. " + Notes,
        };
        ClientToolSets.AddFilters(options, settings);
        options.ToolCollection ??= [];
        foreach (var tool in ToolCatalog.CreateTools(operations, settings))
        {
            options.ToolCollection.Add(tool);
        }

        SearchTool.AddWarmUpFilter(options, settings);
        options.ResourceCollection ??= [];
        foreach (var resource in ToolCatalog.CreateResources(operations))
        {
            options.ResourceCollection.Add(resource);
        }

        return options;
    }

    /// <summary>Applies <see cref="ConfigureServer"/> with the DI operation list.</summary>
    private sealed class ScpServerSetup(IReadOnlyList<ScpOperationDescriptor> operations, ScpServerOptions settings) : IConfigureOptions<McpServerOptions>
    {
        public void Configure(McpServerOptions options) => ConfigureServer(options, operations, settings);
    }
}
