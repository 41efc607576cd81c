using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Scp.Mcp.Generators.Diagnostics;
using Scp.Mcp.Generators.Model;

namespace Scp.Mcp.Generators.Planning;

/// <summary>
/// Computes, once per operation-version, the success response and the lifecycle: whether the answer leaves a resource in
/// a transitional state and, if so, which GET of the same spec reads that resource, how its path parameters are filled
/// (the call's own path values, and the answer's id field as the spec names it), the state field and the state sets.
/// Curation overrides (<c>"lifecycle"</c> in tools.json) replace what is inferred. The rules: docs/generator.md, "Lifecycle".
/// </summary>
internal static partial class LifecyclePlanner
{
    /// <summary>States SCP's docs show for work in progress; used when the spec does not list the state's values.</summary>
    private static readonly string[] DefaultTransitional =
    [
        "CREATING", "DELETING", "EDITING", "UPDATING", "ATTACHING", "DETACHING", "EXTENDING", "RESIZING", "RESTORING",
        "STARTING", "STOPPING", "DEPLOYING", "TERMINATING", "PROVISIONING", "PENDING", "IN_PROGRESS",
    ];

    /// <summary>Failure states used when the spec does not list the state's values.</summary>
    private static readonly string[] DefaultFailure = ["ERROR", "FAILED", "ERROR_DELETING", "ERROR_EDITING"];

    public static CatalogInput Plan(CatalogInput input, CurationModel? curation, CancellationToken cancellationToken)
    {
        var spec = input.Spec;
        using var components = JsonDocument.Parse(string.IsNullOrEmpty(spec.ComponentsJson) ? "{}" : spec.ComponentsJson);
        var schemas = new SchemaLookup(components.RootElement);
        var overrides = new Dictionary<string, LifecycleOverride>(StringComparer.Ordinal);
        foreach (var entry in curation?.Entries ?? EquatableArray<CurationEntry>.Empty)
        {
            if (entry.Lifecycle is { } lifecycle)
            {
                overrides[entry.OperationId] = lifecycle;
            }
        }

        var plans = new List<OperationLifecyclePlan>(spec.Operations.Count);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var operation in spec.Operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var success = SuccessResponse(operation);
            overrides.TryGetValue(operation.OperationId, out var curated);
            var isCurrent = input.Plan?.Operations.FirstOrDefault(o => o.OperationId == operation.OperationId)?.CurrentVersion == spec.Version;
            var report = isCurrent ? diagnostics : null;
            var lifecycle = curated is null
                ? Infer(spec, operation, success, schemas)
                : Apply(spec, operation, success, schemas, curated, report);
            plans.Add(new OperationLifecyclePlan(operation.OperationId, success?.StatusCode, operation.HttpMethod != "GET" && success is not null && IsAsynchronous(success), lifecycle));
        }

        return input with { Lifecycles = plans.ToEquatableArray(), Diagnostics = diagnostics.ToEquatableArray() };
    }

    /// <summary>The one success-response rule: the lowest 2xx that documents a body, else the lowest 2xx; null when none.</summary>
    public static ResponseModel? SuccessResponse(OperationModel operation)
    {
        var successes = operation.Responses.Where(static r => r.StatusCode is >= 200 and < 300).OrderBy(static r => r.StatusCode).ToList();
        return successes.FirstOrDefault(static r => r.SchemaJson is not null) ?? successes.FirstOrDefault();
    }

    private static LifecycleModel? Infer(SpecModel spec, OperationModel operation, ResponseModel? success, SchemaLookup schemas)
    {
        if (operation.HttpMethod == "GET" || success is null || !IsAsynchronous(success))
        {
            return null;
        }

        var answer = schemas.Resolve(success.SchemaJson);
        var target = FindStatusOperation(spec, operation, answer, schemas, idOverride: null);
        if (target is null)
        {
            return null;
        }

        var (status, arguments) = target.Value;
        var notFoundMeansDone = operation.HttpMethod == "DELETE" && status.PathTemplate == operation.PathTemplate;
        var state = FindState(status, schemas);
        if (state is null && !notFoundMeansDone)
        {
            return null;
        }

        var (transitional, failure) = state is null ? (DefaultTransitional, DefaultFailure) : States(state.Value.Schema);
        return new LifecycleModel(status.OperationId, arguments, state?.Path, transitional.ToEquatableArray(), failure.ToEquatableArray(), notFoundMeansDone);
    }

    /// <summary>
    /// An answer means "accepted, still working" when its status is 202, or its schema is the spec's asynchronous answer
    /// (a component named <c>…Async…</c>, as the AI-ML specs answer 200/201 <c>AsyncResponse</c>).
    /// </summary>
    private static bool IsAsynchronous(ResponseModel success) =>
        success.StatusCode == 202 || (success.SchemaJson?.IndexOf("/Async", StringComparison.Ordinal) ?? -1) >= 0;

    /// <summary>
    /// Walks up the operation's path template: an item path (<c>…/{x}</c>) is read by the GET of the same template; a
    /// collection path by the GET of <c>template/{p}</c> when the answer names the new resource's id. Every other path
    /// parameter of the GET comes from the call's own path values.
    /// </summary>
    private static (OperationModel Status, EquatableArray<LifecycleArgumentModel> Arguments)? FindStatusOperation(
        SpecModel spec, OperationModel operation, JsonElement? answer, SchemaLookup schemas, string? idOverride)
    {
        var gets = spec.Operations.Where(static o => o.HttpMethod == "GET" && o.PathTemplate.EndsWith("}", StringComparison.Ordinal)
            && !o.Parameters.Any(static p => p.Required && p.Location != "Path")).ToList();
        var template = operation.PathTemplate;
        var callParameters = new HashSet<string>(operation.Parameters.Where(static p => p.Location == "Path").Select(static p => p.WireName), StringComparer.Ordinal);
        while (template.Length > 1)
        {
            if (template.EndsWith("}", StringComparison.Ordinal))
            {
                var same = gets.FirstOrDefault(g => g.PathTemplate == template);
                if (same is not null && Arguments(same, callParameters, null, null) is { } fromPath)
                {
                    return (same, fromPath);
                }
            }
            else
            {
                foreach (var get in gets.Where(g => IsItemOf(g.PathTemplate, template)))
                {
                    var parameter = get.PathTemplate.Substring(template.Length + 2, get.PathTemplate.Length - template.Length - 3);
                    var idPath = idOverride ?? FindIdField(answer, parameter, schemas);
                    if (idPath is not null && Arguments(get, callParameters, parameter, idPath) is { } withId)
                    {
                        return (get, withId);
                    }
                }
            }

            template = template.Substring(0, template.LastIndexOf('/'));
        }

        return null;
    }

    private static bool IsItemOf(string getTemplate, string collection) =>
        getTemplate.StartsWith(collection + "/{", StringComparison.Ordinal) && getTemplate.IndexOf('/', collection.Length + 1) < 0;

    private static EquatableArray<LifecycleArgumentModel>? Arguments(OperationModel get, HashSet<string> callParameters, string? idParameter, string? idPath)
    {
        var arguments = new List<LifecycleArgumentModel>();
        foreach (var parameter in get.Parameters.Where(static p => p.Location == "Path"))
        {
            if (parameter.WireName == idParameter)
            {
                arguments.Add(new LifecycleArgumentModel(parameter.WireName, FromAnswer: true, idPath!));
            }
            else if (callParameters.Contains(parameter.WireName))
            {
                arguments.Add(new LifecycleArgumentModel(parameter.WireName, FromAnswer: false, parameter.WireName));
            }
            else
            {
                return null;
            }
        }

        return arguments.ToEquatableArray();
    }

    /// <summary>
    /// The answer's field holding the new resource's id, as the spec names it: a string property named like the GET's
    /// parameter (<c>volume_id</c>); else the answer's own <c>id</c> (the answer is the resource); else the id of the
    /// object the answer calls its resource (<c>resource_id</c>, <c>resource.id</c>, <c>snapshot.id</c> for
    /// <c>snapshot_id</c>). Searched at the top level and one object deep; null when the schema has none of them.
    /// </summary>
    private static string? FindIdField(JsonElement? answer, string parameter, SchemaLookup schemas)
    {
        if (answer is null)
        {
            return null;
        }

        var noun = parameter.EndsWith("_id", StringComparison.Ordinal) ? parameter.Substring(0, parameter.Length - 3) : parameter;
        var fields = schemas.StringFields(answer.Value, depth: 2).ToList();
        string[] preferred = [parameter, "id", noun + ".id", "resource_id", "resource.id"];
        return preferred.FirstOrDefault(fields.Contains)
            ?? fields.FirstOrDefault(f => f.EndsWith("." + parameter, StringComparison.Ordinal));
    }
}
