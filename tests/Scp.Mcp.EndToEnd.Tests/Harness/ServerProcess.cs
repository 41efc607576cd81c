using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>
/// The built scp-mcp running as its own process with <c>--transport http</c> on a free loopback port.
/// Disposing kills its process tree.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri mcpUrl)
    {
        _process = process;
        McpUrl = mcpUrl;
    }

    /// <summary>The Streamable HTTP endpoint, <c>http://127.0.0.1:&lt;port&gt;/mcp</c>.</summary>
    public Uri McpUrl { get; }

    /// <summary>What the server wrote so far (stdout and stderr), for assertion messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>scp-mcp --transport http --urls http://127.0.0.1:&lt;free port&gt; &lt;args&gt;</c> and waits until it accepts connections.</summary>
    public static async Task<ServerProcess> StartHttpAsync(IEnumerable<string> args)
    {
        var port = FreePort.Next();
        var baseUrl = $"http://127.0.0.1:{port}";
        var arguments = new List<string> { RepoPaths.ServerDll, "--transport", "http", "--urls", baseUrl };
        arguments.AddRange(args);
        var info = ProcessRunner.CreateStartInfo(ScpMcp.Host, arguments, RepositoryRoot.Path, ScpMcp.Environment);
        var process = new Process { StartInfo = info };
        var server = new ServerProcess(process, new Uri(baseUrl + "/mcp"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilListeningAsync(port);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Kills the server.</summary>
    public async ValueTask DisposeAsync()
    {
        ProcessRunner.Kill(_process);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            // Nothing more to do: the kill was sent.
        }

        _process.Dispose();
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"scp-mcp exited with {_process.ExitCode} before listening on {McpUrl}.\n{Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"scp-mcp did not listen on {McpUrl} within {StartTimeout.TotalSeconds} s.\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }
}
