using Microsoft.Extensions.Logging;
using Scp.Emulator;
using Scp.Emulator.Host;

// The standalone emulator: dotnet run --project src/Scp.Emulator.Host -- --urls http://127.0.0.1:9000 [--config emulator.json]
var options = EmulatorCommandLine.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

options.ConfigureLogging ??= logging => logging
    .AddSimpleConsole(console => console.SingleLine = true)
    .AddFilter("Microsoft", LogLevel.Warning);
await using var host = await ScpEmulatorHost.StartAsync(options);
Console.WriteLine(host.Describe());
await host.WaitForShutdownAsync();
return 0;
