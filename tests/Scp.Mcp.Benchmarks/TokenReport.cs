using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.ML.Tokenizers;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Scp.Emulator;
using Scp.Mcp.Server;
using Scp.Mcp.Server.Hosting;
using Scp.Sdk.Configuration;
using Scp.Sdk.Invocation;
using Scp.Sdk.Transport;

namespace Scp.Mcp.Benchmarks;

/// <summary>
/// Counts the model-visible tokens of the server (o200k_base, the GPT-4o/o-series tokenizer, Microsoft.ML.Tokenizers):
/// per tool the name, description and input schema as a client receives them in <c>tools/list</c> and hands them on, for
/// full mode, discover mode, and a one-operation discover flow (the meta-tools, then a search, a describe and
/// a call: the arguments the model writes plus the text content of each result, which the model reads as is). Run:
/// <c>dotnet run -c Release --project tests/Scp.Mcp.Benchmarks -- tokens</c> (docs/performance.md).
/// </summary>
internal static class TokenReport
{
    /// <summary>The figures of the commit before the English text and the compaction (97796ed), measured with this report.</summary>
    private static readonly (string Row, int Tokens)[] Before =
    [
        ("full mode, all tools", 24857), // 148 tools, median 134, max 1183 per tool
        ("discover mode, meta-tools", 258),
        ("one-operation discover flow", 1698), // meta-tools 258 + search 230 + describe 1184 + call 26
    ];

    /// <param name="output">Where the table goes.</param>
    /// <param name="dumpPath">When given, full mode's model-visible text of every tool is written there (to see what costs).</param>
    public static async Task<int> RunAsync(TextWriter output, string? dumpPath = null)
    {
        var tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");
        int Count(string text) => tokenizer.CountTokens(text);

        await using var emulator = await ScpEmulatorHost.StartAsync(new ScpEmulatorOptions());
        using var invoker = ScpHttpInvoker.Create(new ScpSettings
        {
            AccessKey = emulator.DefaultKeyPair.AccessKey,
            SecretKey = emulator.DefaultKeyPair.SecretKey,
            EndpointOverride = emulator.BaseUrl,
        });

        var rows = new List<(string Row, int Tokens, string Detail)>();
        await using (var full = await Session.StartAsync(new ScpServerOptions(), invoker))
        {
            var tools = await full.Client.ListToolsAsync();
            var perTool = tools.Select(t => Count(ToolText(t.ProtocolTool))).Order().ToList();
            if (dumpPath is not null)
            {
                await File.WriteAllLinesAsync(dumpPath, tools.Select(t => Count(ToolText(t.ProtocolTool)) + "\t" + ToolText(t.ProtocolTool).Replace("\n", "\t", StringComparison.Ordinal)));
            }

            rows.Add(("full mode, all tools", perTool.Sum(), $"{perTool.Count} tools, median {Median(perTool)}, max {perTool[^1]} per tool"));
            rows.Add(("full mode, server instructions", Count(full.Client.ServerInstructions ?? string.Empty), "once per session (what the Destructive and Long-running notes mean)"));
        }

        await using (var discover = await Session.StartAsync(new ScpServerOptions { ToolMode = ToolMode.Discover }, invoker))
        {
            var tools = await discover.Client.ListToolsAsync();
            var definitions = tools.Sum(t => Count(ToolText(t.ProtocolTool)));
            rows.Add(("discover mode, meta-tools", definitions, $"{tools.Count} tools"));

            var flow = definitions;
            var detail = new List<string>();
            foreach (var (tool, arguments) in new (string, string)[]
            {
                ("scp_search_operations", """{"query":"list block storage volumes","limit":5}"""),
                ("scp_describe_operation", """{"tool":"bmblock_list_volumes"}"""),
                ("scp_call_read", """{"tool":"bmblock_list_volumes","arguments":{}}"""),
            })
            {
                var result = await discover.Client.CallToolAsync(tool, JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments));
                var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));
                var tokens = Count(tool) + Count(arguments) + Count(text);
                detail.Add($"{tool.Replace("scp_", string.Empty, StringComparison.Ordinal)} {tokens}");
                flow += tokens;
            }

            rows.Add(("one-operation discover flow", flow, $"meta-tools {definitions} + " + string.Join(" + ", detail)));
        }

        output.WriteLine($"Model-visible tokens (o200k_base), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Environment.OSVersion}");
        output.WriteLine($"{"",-32} {"before",8} {"now",8}  detail");
        foreach (var (row, tokens, detail) in rows)
        {
            var before = Before.FirstOrDefault(b => b.Row == row).Tokens;
            output.WriteLine($"{row,-32} {(before == 0 ? "-" : before.ToString(CultureInfo.InvariantCulture)),8} {tokens,8}  {detail}");
        }

        return 0;
    }

    /// <summary>
    /// What a client passes to the model for one tool: name, description and the input schema as the client re-serializes
    /// the parsed JSON (compact, non-ASCII as is, like JavaScript's <c>JSON.stringify</c>; wire escapes such as
    /// <c>\uXXXX</c> do not reach the model).
    /// </summary>
    public static string ToolText(Tool tool) => tool.Name + "\n" + tool.Description + "\n" + Stringify(tool.InputSchema);

    /// <summary>Compact JSON with non-ASCII kept, as <c>JSON.stringify</c> writes it.</summary>
    public static string Stringify(JsonElement element)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static int Median(List<int> sorted) => sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];

    /// <summary>A real MCP client talking to the real stdio server host over in-memory pipes.</summary>
    private sealed class Session : IAsyncDisposable
    {
        private readonly IHost _host;

        private Session(IHost host, McpClient client)
        {
            _host = host;
            Client = client;
        }

        public McpClient Client { get; }

        public static async Task<Session> StartAsync(ScpServerOptions options, ScpHttpInvoker invoker)
        {
            var clientToServer = new Pipe();
            var serverToClient = new Pipe();
            var host = StdioHost.Build(
                options,
                services => services.AddSingleton<IScpOperationInvoker>(invoker),
                clientToServer.Reader.AsStream(),
                serverToClient.Writer.AsStream());
            await host.StartAsync();
            var client = await McpClient.CreateAsync(new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream()));
            return new Session(host, client);
        }

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            await _host.StopAsync();
            _host.Dispose();
        }
    }
}
