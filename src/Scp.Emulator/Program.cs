using Scp.Emulator;
using Scp.Emulator.Hosting;

// Standalone emulator: dotnet run --project src/Scp.Emulator -- --urls http://127.0.0.1:9000 [--config emulator.json]
var options = EmulatorCommandLine.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

await using var host = await ScpEmulatorHost.StartAsync(options);
Console.WriteLine(host.Describe());
await host.WaitForShutdownAsync();
return 0;
