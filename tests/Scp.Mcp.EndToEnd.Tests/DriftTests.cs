using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Mcp.EndToEnd.Tests.Harness;
using Scp.Sdk.Catalog;
using Xunit.Abstractions;

namespace Scp.Mcp.EndToEnd.Tests;

/// <summary>
/// Results survive an SCP that drifts from its docs (issue 13): the official TypeScript client — which validates every
/// structuredContent against the tool's outputSchema — calls every tool against the embedded emulator, in drift mode
/// (<c>SCP_EMULATOR_DRIFT</c>, docs/emulator.md) and without it. Arguments come from the input schemas and the ids of
/// resources created earlier in the run (<see cref="ArgumentFactory"/>). No result may be rejected by the client,
/// and every answer the emulator sent (its answer log) must reach the client whole in the text content.
/// Sessions share one emulator store file, so resources created in one are there in the next.
/// </summary>
public sealed class DriftTests(ITestOutputHelper output)
{
    private static readonly TimeSpan SessionTimeout = TimeSpan.FromMinutes(8);

    public static TheoryData<int[]> Runs => [[], [1, 2, 3]];

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task EveryTool_DriftSeeds_ClientRejectsNothingAndNothingIsLost(int[] seeds)
    {
        var clock = Stopwatch.StartNew();
        using var run = new DriftRun(seeds.Length == 0 ? null : seeds[0]);
        var operations = ScpCatalog.Operations.Where(o => o.IsCurrent && !o.Hidden).ToList();
        var depth = operations.Max(PathDepth);

        // Create and list resources, level by level, so deeper tools find their parents' ids.
        for (var level = 0; level <= depth; level++)
        {
            var current = level;
            await run.SessionAsync(operations.Where(o => PathDepth(o) == current && (IsCreate(o) || IsList(o))).OrderBy(o => IsList(o)));
        }

        // Every read tool, once per seed (the first seed's drift already shaped the resources).
        var reads = operations.Where(o => o.Safety == ScpSafety.Read).ToList();
        foreach (var seed in seeds.Length == 0 ? [(int?)null] : seeds.Select(s => (int?)s))
        {
            run.Seed = seed;
            await run.SessionAsync(reads);
        }

        run.Seed = seeds.Length == 0 ? null : seeds[0];
        await run.SessionAsync(operations.Where(o => o.Safety == ScpSafety.Write && !IsCreate(o)).OrderBy(PathDepth));
        await run.SessionAsync(operations.Where(o => o.Safety == ScpSafety.Destructive)
            .OrderByDescending(PathDepth).ThenBy(o => o.Method == "DELETE" && o.PathTemplate.EndsWith('}')));

        var called = run.Outcomes.Select(o => o.Call.Name).ToHashSet(StringComparer.Ordinal);
        var rejected = run.Outcomes.Where(o => o.Call.ClientError is not null).ToList();
        var lost = run.Outcomes.Where(o => o.Call.ClientError is null && !o.Call.IsError && !run.ReachedWhole(o.Call)).ToList();
        var failed = run.Outcomes.Where(o => o.Call.IsError).ToList();
        output.WriteLine($"seeds [{string.Join(',', seeds)}]: {run.Outcomes.Count} calls of {called.Count} tools in {clock.Elapsed.TotalSeconds:F0} s; "
            + $"{rejected.Count} rejected by the client, {lost.Count} answers not reaching the client whole, {failed.Count} tool errors, "
            + $"{run.Unbuildable.Select(u => u.Name).Distinct().Count()} tools without valid arguments, {run.Warnings} schema-fit warnings");
        foreach (var (name, problem) in run.Unbuildable)
        {
            output.WriteLine($"  no arguments: {name}: {problem}");
        }

        foreach (var outcome in failed)
        {
            output.WriteLine($"  tool error: {outcome.Call.Name}: {outcome.Call.Text[..Math.Min(200, outcome.Call.Text.Length)]}");
        }

        Assert.True(rejected.Count == 0, $"{rejected.Count} results rejected by the TypeScript client:\n" + string.Join("\n", rejected.Take(5).Select(r => r.Call.ToString())));
        Assert.True(lost.Count == 0, $"{lost.Count} answers did not reach the client whole:\n" + string.Join("\n", lost.Take(5).Select(r => r.Call.ToString())));
        Assert.Equal(operations.Count(o => o.Safety == ScpSafety.Read), reads.Count);
        Assert.Equal(operations.Count, called.Count);
        Assert.Empty(run.Unbuildable);
        Assert.True(failed.Count <= run.Outcomes.Count / 20, $"{failed.Count} of {run.Outcomes.Count} calls failed: the run's arguments are not valid enough to prove anything");
    }

    private static int PathDepth(ScpOperationDescriptor operation) => operation.Parameters.Count(p => p.Location == ScpParameterLocation.Path);

    private static bool IsCreate(ScpOperationDescriptor operation) =>
        operation.Method == "POST" && operation.Safety == ScpSafety.Write && !operation.PathTemplate.EndsWith('}');

    private static bool IsList(ScpOperationDescriptor operation) => operation.Method == "GET" && !operation.PathTemplate.EndsWith('}');

    /// <summary>One run: a store file and an answer log shared by its sessions, and the ids learnt from the answers.</summary>
    private sealed class DriftRun : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "scp-drift-" + Guid.NewGuid().ToString("N")[..8]);
        private readonly Dictionary<(string Product, string Template), string> _ids = [];
        private readonly List<(string Tool, JsonNode? Body)> _answers = [];
        private int _answerLines;

        public DriftRun(int? seed)
        {
            Directory.CreateDirectory(_folder);
            Seed = seed;
        }

        public int? Seed { get; set; }

        public List<(ScpOperationDescriptor Operation, CallOutcome Call)> Outcomes { get; } = [];

        public List<(string Name, string Problem)> Unbuildable { get; } = [];

        public int Warnings { get; private set; }

        private string AnswerLog => Path.Combine(_folder, "answers.jsonl");

        public async Task SessionAsync(IEnumerable<ScpOperationDescriptor> operations)
        {
            var planned = new List<(ScpOperationDescriptor Operation, ToolCall Call)>();
            foreach (var operation in operations)
            {
                var (arguments, problem) = ArgumentFactory.Build(operation, PathId, Guid.NewGuid().ToString("N")[..6]);
                if (arguments is null)
                {
                    Unbuildable.Add((operation.ToolName, problem!));
                    continue;
                }

                planned.Add((operation, new ToolCall(operation.ToolName, arguments)));
            }

            if (planned.Count == 0)
            {
                return;
            }

            var transport = SdkSession.Stdio(ScpMcp.EmulatorArgs("--emulator-store", Path.Combine(_folder, "store.json")));
            var env = (JsonObject)transport["env"]!;
            env["SCP_EMULATOR_ANSWER_LOG"] = AnswerLog;
            if (Seed is { } seed)
            {
                env["SCP_EMULATOR_DRIFT"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var session = await SdkSession.RunAsync(transport, "accept", false, SessionTimeout, [.. planned.Select(p => p.Call)]);
            Warnings += session.ServerStderr.Split('\n').Count(l => l.Contains("does not fit the published output schema", StringComparison.Ordinal));
            Outcomes.AddRange(planned.Zip(session.Calls, (p, c) => (p.Operation, c)));
            ReadAnswers();
        }

        /// <summary>True when the call's text content carries exactly one answer the emulator sent for that tool.</summary>
        public bool ReachedWhole(CallOutcome call)
        {
            // The text is the answer, or a note line followed by the answer.
            var lines = call.Text.Split('\n');
            JsonNode? raw = null;
            for (var i = 0; i < lines.Length && raw is null; i++)
            {
                try
                {
                    raw = JsonNode.Parse(string.Join('\n', lines[i..]));
                }
                catch (JsonException)
                {
                    raw = null;
                }
            }

            // A call whose answer had no body: the emulator sent nothing, so nothing could be lost.
            if (raw is JsonObject { Count: 1 } wrapped && wrapped.TryGetPropertyValue(ScpSchemaComposer.ResultPropertyName, out var inner) && inner is null)
            {
                return true;
            }

            return raw is not null && _answers.Where(a => a.Tool == call.Name).Any(a =>
                JsonNode.DeepEquals(a.Body, raw) || JsonNode.DeepEquals(new JsonObject { [ScpSchemaComposer.ResultPropertyName] = a.Body?.DeepClone() }, raw));
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string? PathId(ScpParameterDescriptor parameter)
        {
            var operation = ScpCatalog.Operations.First(o => o.Parameters.Contains(parameter));
            var at = operation.PathTemplate.IndexOf("/{" + parameter.Name + "}", StringComparison.Ordinal);
            return at > 0 && _ids.TryGetValue((operation.Api.Product, operation.PathTemplate[..at]), out var id) ? id : null;
        }

        private void ReadAnswers()
        {
            if (!File.Exists(AnswerLog))
            {
                return;
            }

            var lines = File.ReadAllLines(AnswerLog);
            foreach (var line in lines.Skip(_answerLines))
            {
                var entry = JsonNode.Parse(line)!.AsObject();
                var tool = entry["operation"]!.GetValue<string>();
                var body = entry["body"];
                _answers.Add((tool, body));
                var operation = ScpCatalog.Operations.FirstOrDefault(o => o.ToolName == tool && o.IsCurrent);
                if (operation is null || operation.PathTemplate.EndsWith('}') || IdIn(body, operation.Method == "GET", Singular(operation.PathTemplate)) is not { } id)
                {
                    continue;
                }

                _ids.TryAdd((operation.Api.Product, operation.PathTemplate), id);
            }

            _answerLines = lines.Length;
        }

        /// <summary>The id a create answered (<c>resource_id</c>, <c>id</c>, <c>resource.id</c>, <c>*_id</c>) or a list's first item's.</summary>
        /// <summary><c>/v1/volume-groups</c> → <c>volume_group</c>: the noun whose <c>&lt;noun&gt;_id</c> names the resource.</summary>
        private static string Singular(string template)
        {
            var last = template.Split('/')[^1].Replace('-', '_');
            return last.EndsWith('s') ? last[..^1] : last;
        }

        private static string? IdIn(JsonNode? body, bool list, string noun)
        {
            if (body is not JsonObject obj)
            {
                return null;
            }

            if (list)
            {
                var items = obj.Select(p => p.Value).OfType<JsonArray>().FirstOrDefault(a => a.Count > 0 && a[0] is JsonObject);
                return items is null ? null : IdIn(items[0], list: false, noun);
            }

            foreach (var name in new[] { "resource_id", "id", noun + "_id" })
            {
                if (obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                {
                    return value.GetValue<string>();
                }
            }

            foreach (var (name, value) in obj)
            {
                if (value is JsonObject nested && IdIn(nested, list: false, noun) is { } inner && name != "tags")
                {
                    return inner;
                }

                if (name.EndsWith("_id", StringComparison.Ordinal) && name is not ("request_id" or "account_id" or "project_id") && value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
                {
                    return text.GetValue<string>();
                }
            }

            return null;
        }
    }
}
