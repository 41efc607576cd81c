using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Emulator.Errors;
using Scp.Emulator.Schema;
using Scp.Emulator.State;
using Scp.Sdk.Security;

namespace Scp.Emulator.Behaviour;

/// <summary>Answers routed, authenticated, validated requests from the store, by operation kind.</summary>
internal sealed partial class EmulatorEngine(ResourceStore store, TimeProvider clock, TimeSpan asyncDelay)
{
    public EmulatorResponse Handle(EmulatorRequest request, ApiModel model)
    {
        lock (store.Sync)
        {
            var response = HandleLocked(request, model, out var mutated);
            if (mutated)
            {
                store.Persist();
            }

            return response;
        }
    }

    private EmulatorResponse HandleLocked(EmulatorRequest request, ApiModel model, out bool mutated)
    {
        mutated = false;
        var operation = request.Route.Operation;
        var behaviour = model.BehaviourOf(operation);
        var partition = ResourceStore.PartitionKey(model.Api.Product, request.AccountId);
        var now = clock.GetUtcNow();
        store.Settle(partition, now);

        StoredRecord? record = null;
        foreach (var (collection, parameter) in behaviour.Chain)
        {
            var id = request.Route.PathValues[parameter];
            record = store.Find(partition, ConcretePath(request, collection.Depth), id);
            if (record is null)
            {
                return ScpErrorResult.NotFound($"{collection.Noun} '{id}' was not found (path parameter '{parameter}').", request.RequestId);
            }
        }

        if (record is { DueAt: not null } busy && behaviour.Kind is not (OperationKind.Read or OperationKind.SubRead or OperationKind.List or OperationKind.Check or OperationKind.Static)
            && operation.Responses.Any(r => r.StatusCode == 409))
        {
            var collection = behaviour.Chain[^1].Collection;
            var state = collection.States is { } names ? busy.Data[names.Field]?.ToString() : "changing";
            return ScpErrorResult.Conflict($"{collection.Noun} '{busy.Id}' is {state}; wait until its state settles, then try again.", request.RequestId);
        }

        var success = operation.SuccessResponse;
        var status = success?.StatusCode ?? 200;
        var schema = SchemaSet.Parse(success?.SchemaJson);
        var example = string.IsNullOrWhiteSpace(success?.ExampleJson) ? null : JsonNode.Parse(success.ExampleJson);
        var body = WithoutSecrets(request.Body) as JsonObject ?? [];
        var noun = behaviour.Collection?.Noun ?? (behaviour.Chain.Count > 0 ? behaviour.Chain[^1].Collection.Noun : null);
        var shaper = new ResponseShaper(model.Schemas, clock) { RequestId = request.RequestId, ResourceId = record?.Id, Noun = noun };
        var context = ContextValues(request);

        switch (behaviour.Kind)
        {
            case OperationKind.Create:
                var conflict = FindNameConflict(partition, request, behaviour.Collection!, body);
                if (conflict is not null)
                {
                    return ScpErrorResult.Conflict(conflict, request.RequestId);
                }

                var created = Create(partition, request, behaviour, body, now);
                mutated = true;
                shaper = new ResponseShaper(model.Schemas, clock) { RequestId = request.RequestId, ResourceId = created.Id, Noun = behaviour.Collection!.Noun };
                return Answer(status, schema, shaper.Shape(schema, [created.Data, body, context], example));
            case OperationKind.List:
                var listed = List(partition, request, model, behaviour, shaper, schema, example, record, context);
                return listed is null ? Answer(status, schema, shaper.Shape(schema, [context], example)) : new EmulatorResponse(status, listed);
            case OperationKind.Read:
                return Answer(status, schema, shaper.Shape(schema, [record!.Data, context], example));
            case OperationKind.Update:
                Merge(record!.Data, body, behaviour.Chain[^1].Collection, model, onlyDeclared: false);
                StartTransition(record, behaviour.Chain[^1].Collection, s => s.Editing, behaviour.IsAsync, now);
                mutated = true;
                return Answer(status, schema, shaper.Shape(schema, [record.Data, context], example));
            case OperationKind.Delete:
                Delete(partition, record!, behaviour, now);
                mutated = true;
                return Answer(status, schema, shaper.Shape(schema, [record!.Data, context], example));
            case OperationKind.SubRead:
                return Answer(status, schema, shaper.Shape(schema, Sources(record!.Subresources.GetValueOrDefault(behaviour.SubKey!), record.Data, context), example));
            case OperationKind.SubWrite:
                if (!record!.Subresources.TryGetValue(behaviour.SubKey!, out var sub))
                {
                    sub = [];
                    record.Subresources[behaviour.SubKey!] = sub;
                }

                foreach (var (name, value) in body)
                {
                    sub[name] = value?.DeepClone();
                }

                Merge(record.Data, body, behaviour.Chain[^1].Collection, model, onlyDeclared: true);
                MergeSubresourceField(record.Data, sub, behaviour.Chain[^1].Collection, model, behaviour.SubKey!);
                mutated = true;
                return Answer(status, schema, shaper.Shape(schema, [body, sub, record.Data, context], example));
            case OperationKind.SubDelete:
                mutated = record!.Subresources.Remove(behaviour.SubKey!);
                return Answer(status, schema, shaper.Shape(schema, [record.Data, context], example));
            case OperationKind.Check:
                return Answer(status, schema, Check(partition, request, model, behaviour, shaper, schema, example));
            default:
                return Answer(status, schema, shaper.Shape(schema, Sources(record?.Data, context), example));
        }
    }

    private static EmulatorResponse Answer(int status, JsonElement? schema, JsonNode? body) =>
        new(status, schema is null ? null : body);

    private static JsonObject[] Sources(params JsonObject?[] sources) => sources.OfType<JsonObject>().ToArray();

    /// <summary>Path and query values as an object, so responses can echo what the caller named.</summary>
    private static JsonObject ContextValues(EmulatorRequest request)
    {
        var values = new JsonObject();
        foreach (var (name, value) in request.Route.PathValues)
        {
            values[name] = value;
        }

        foreach (var (name, value) in request.Query)
        {
            if (value.Count > 0 && !values.ContainsKey(name))
            {
                values[name] = value[0];
            }
        }

        return values;
    }

    /// <summary>The concrete path of the first <paramref name="depth"/> segments of the request's template.</summary>
    private static string ConcretePath(EmulatorRequest request, int depth)
    {
        var segments = request.Route.Template.Segments.Take(depth)
            .Select(s => Routing.PathTemplate.IsParameter(s) ? request.Route.PathValues[Routing.PathTemplate.ParameterName(s)] : s);
        return "/" + string.Join('/', segments);
    }

    private static string Timestamp(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    /// <summary>A copy of the body without secret fields (<see cref="ScpSecretFields"/>) at any depth: they are never stored or echoed.</summary>
    private static JsonNode? WithoutSecrets(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    if (!ScpSecretFields.IsSecret(name))
                    {
                        copy[name] = WithoutSecrets(value);
                    }
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(WithoutSecrets(item));
                }

                return items;
            default:
                return node?.DeepClone();
        }
    }
}
