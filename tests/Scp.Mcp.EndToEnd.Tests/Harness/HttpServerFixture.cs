namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>One <c>scp-mcp --transport http --emulator</c> process shared by the tests of a class.</summary>
public sealed class HttpServerFixture : IAsyncLifetime
{
    private ServerProcess? _server;

    /// <summary>The running server.</summary>
    public ServerProcess Server => _server ?? throw new InvalidOperationException("The server fixture was not started.");

    /// <inheritdoc/>
    public async Task InitializeAsync() => _server = await ServerProcess.StartHttpAsync(["--emulator"]);

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
