using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Planning;

internal static partial class LifecyclePlanner
{
    private static readonly Regex StateWord = new(@"\b[A-Z][A-Z]+(?:_[A-Z]+)*\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// The state field of the status GET's answer, as a dotted path: at the top level first, then one object deep
    /// (<c>result.state</c>); named <c>&lt;noun&gt;_state</c> (the noun of the GET's last path parameter: <c>release_id</c> →
    /// <c>release_state</c>), <c>state</c>, <c>&lt;noun&gt;_status</c>, <c>status</c>, else the only <c>…_state</c> of that level.
    /// </summary>
    private static (string Path, JsonElement Schema)? FindState(OperationModel status, SchemaLookup schemas)
    {
        var answer = schemas.Resolve(SuccessResponse(status)?.SchemaJson);
        if (answer is null)
        {
            return null;
        }

        var lastParameter = status.Parameters.LastOrDefault(static p => p.Location == "Path")?.WireName ?? string.Empty;
        var noun = lastParameter.EndsWith("_id", StringComparison.Ordinal) ? lastParameter.Substring(0, lastParameter.Length - 3) : lastParameter;
        var fields = schemas.StringProperties(answer.Value, depth: 2).ToList();
        for (var depth = 1; depth <= 2; depth++)
        {
            var level = fields.Where(f => f.Path.Count(static c => c == '.') == depth - 1).ToList();
            string Leaf(string path) => path.Substring(path.LastIndexOf('.') + 1);
            foreach (var name in new[] { noun + "_state", "state", noun + "_status", "status" })
            {
                var match = level.FirstOrDefault(f => Leaf(f.Path) == name);
                if (match.Path is not null)
                {
                    return match;
                }
            }

            var states = level.Where(f => Leaf(f.Path).EndsWith("_state", StringComparison.Ordinal)).ToList();
            if (states.Count == 1)
            {
                return states[0];
            }
        }

        return null;
    }

    /// <summary>
    /// Transitional and failure states from the state field's schema. Its values are the enum's, else the upper-case words
    /// its description lists; a value ending in -ING (a change under way, but not <c>RUNNING</c>) is transitional, one
    /// naming an error or failure is a failure. When the spec lists no such values, SCP's usual states are used, cased like
    /// the field's example (File Storage answers <c>available</c>, <c>creating</c>).
    /// </summary>
    private static (string[] Transitional, string[] Failure) States(JsonElement schema)
    {
        var values = new List<string>();
        if (schema.TryGetProperty("enum", out var values0) && values0.ValueKind == JsonValueKind.Array)
        {
            values.AddRange(values0.EnumerateArray().Where(static v => v.ValueKind == JsonValueKind.String).Select(static v => v.GetString()!));
        }

        if (values.Count == 0 && schema.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String)
        {
            values.AddRange(StateWord.Matches(description.GetString()!).Cast<Match>().Select(static m => m.Value));
        }

        var example = schema.TryGetProperty("example", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        var transitional = values.Where(static v => IsTransitional(v)).Distinct(StringComparer.Ordinal).ToArray();
        if (transitional.Length > 0)
        {
            var failure = values.Where(static v => IsFailure(v)).Distinct(StringComparer.Ordinal).ToArray();
            return (transitional, failure.Length > 0 ? failure : DefaultFailure);
        }

        var lower = example is not null && example.Any(char.IsLetter) && example.Where(char.IsLetter).All(char.IsLower);
        string Cased(string s) => lower ? s.ToLowerInvariant() : s;
        var defaults = DefaultTransitional.Select(Cased).ToList();
        if (example is not null && IsTransitional(example) && !defaults.Contains(example, StringComparer.OrdinalIgnoreCase))
        {
            defaults.Add(example);
        }

        return (defaults.ToArray(), DefaultFailure.Select(Cased).ToArray());
    }

    private static bool IsFailure(string state) =>
        state.IndexOf("ERROR", StringComparison.OrdinalIgnoreCase) >= 0 || state.IndexOf("FAIL", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsTransitional(string state) =>
        !IsFailure(state) && state.EndsWith("ING", StringComparison.OrdinalIgnoreCase) && !state.Equals("RUNNING", StringComparison.OrdinalIgnoreCase);

    /// <summary>Applies a curation override: what it sets replaces the inference; a value the spec cannot satisfy is SCPGEN310.</summary>
    private static LifecycleModel? Apply(SpecModel spec, OperationModel operation, ResponseModel? success, SchemaLookup schemas, LifecycleOverride curated, List<DiagnosticInfo>? diagnostics)
    {
        if (curated.Disabled)
        {
            return null;
        }

        void Report(string problem) =>
            diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LifecycleOverrideMismatch.Id, curated.Location, spec.Product + "/" + operation.OperationId, problem));

        var answer = schemas.Resolve(success?.SchemaJson);
        if (curated.IdField is not null && (answer is null || !schemas.StringFields(answer.Value, depth: 3).Contains(curated.IdField)))
        {
            Report("\"id\" is '" + curated.IdField + "', which is not a string field of the success response of " + spec.Product + " " + spec.Version);
        }

        (OperationModel Status, EquatableArray<LifecycleArgumentModel> Arguments)? target;
        if (curated.Status is not null)
        {
            var status = spec.Operations.FirstOrDefault(o => o.OperationId == curated.Status);
            if (status is null || status.HttpMethod != "GET")
            {
                Report("\"status\" is '" + curated.Status + "', which is not a GET operation of " + spec.Product + " " + spec.Version);
                return Infer(spec, operation, success, schemas);
            }

            var callParameters = new HashSet<string>(operation.Parameters.Where(static p => p.Location == "Path").Select(static p => p.WireName), StringComparer.Ordinal);
            var missing = status.Parameters.Where(p => p.Location == "Path" && !callParameters.Contains(p.WireName)).Select(static p => p.WireName).ToList();
            var idPath = missing.Count == 1 ? curated.IdField ?? FindIdField(answer, missing[0], schemas) : null;
            var arguments = missing.Count > 1 || (missing.Count == 1 && idPath is null) ? null : Arguments(status, callParameters, missing.FirstOrDefault(), idPath);
            if (arguments is null)
            {
                Report("the path parameters of '" + curated.Status + "' cannot be filled from the call and its answer; set \"id\"");
                return Infer(spec, operation, success, schemas);
            }

            target = (status, arguments.Value);
        }
        else
        {
            target = FindStatusOperation(spec, operation, answer, schemas, curated.IdField);
        }

        if (target is null)
        {
            Report("no GET of the resource was found; set \"status\"");
            return null;
        }

        var found = FindState(target.Value.Status, schemas);
        var statePath = curated.State ?? found?.Path;
        if (curated.State is not null)
        {
            var statusAnswer = schemas.Resolve(SuccessResponse(target.Value.Status)?.SchemaJson);
            if (statusAnswer is null || !schemas.StringFields(statusAnswer.Value, depth: 3).Contains(curated.State))
            {
                Report("\"state\" is '" + curated.State + "', which is not a string field of the answer of " + target.Value.Status.OperationId);
            }
        }

        var notFoundMeansDone = curated.NotFoundMeansDone ?? (operation.HttpMethod == "DELETE" && target.Value.Status.PathTemplate == operation.PathTemplate);
        var (transitional, failure) = found is { } state && curated.State is null ? States(state.Schema) : (DefaultTransitional, DefaultFailure);
        return new LifecycleModel(
            target.Value.Status.OperationId,
            target.Value.Arguments,
            statePath,
            curated.Transitional ?? transitional.ToEquatableArray(),
            curated.Failure ?? failure.ToEquatableArray(),
            notFoundMeansDone);
    }
}
