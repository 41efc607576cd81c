using System.Text.Json;
using System.Text.Json.Nodes;
using Scp.Emulator.Schema;
using Scp.Emulator.State;
using Scp.Sdk.Catalog.Schemas;
using Scp.Sdk.Security;

namespace Scp.Emulator.Behaviour;

internal sealed partial class EmulatorEngine
{
    private StoredRecord Create(string partition, EmulatorRequest request, OperationBehaviour behaviour, JsonObject body, DateTimeOffset now)
    {
        var collection = behaviour.Collection!;
        var id = collection.HexIds ? Guid.NewGuid().ToString("N") : Guid.NewGuid().ToString("D");
        var data = new JsonObject();
        foreach (var (name, value) in body)
        {
            if (!ScpSecretFields.IsSecret(name))
            {
                data[name] = value?.DeepClone();
            }
        }

        foreach (var (name, _) in SchemaSet.PropertiesOf(collection.CreateBodySchema))
        {
            if (!data.ContainsKey(name) && !ScpSecretFields.IsSecret(name))
            {
                data[name] = null; // named by the request schema but not given: answer null, not the docs' example
            }
        }

        data["id"] = id;
        data[collection.IdParameter] = id;
        foreach (var (_, parameter) in behaviour.Chain)
        {
            if (!data.ContainsKey(parameter) || data[parameter] is null)
            {
                data[parameter] = request.Route.PathValues[parameter];
            }
        }

        data["account_id"] = request.AccountId;
        foreach (var (name, property) in SchemaSet.PropertiesOf(collection.ResourceSchema))
        {
            if (!data.ContainsKey(name) && IsTimestampField(name, property))
            {
                data[name] = Timestamp(now);
            }
        }

        var record = new StoredRecord
        {
            Id = id,
            CollectionKey = collection.Key,
            CollectionPath = ConcretePath(request, collection.Depth),
            Sequence = store.NextSequence(),
            Data = data,
        };
        if (collection.States is { } states)
        {
            data[states.Field] = states.Settled;
            StartTransition(record, collection, s => s.Creating, behaviour.IsAsync, now);
        }

        store.Add(partition, record);
        return record;
    }

    private string? FindNameConflict(string partition, EmulatorRequest request, CollectionModel collection, JsonObject body)
    {
        var field = body.ContainsKey("name") ? "name" : body.ContainsKey(collection.Noun + "_name") ? collection.Noun + "_name" : null;
        if (field is null || body[field] is not JsonValue name)
        {
            return null;
        }

        var path = ConcretePath(request, collection.Depth);
        var text = name.ToString();
        return store.InCollection(partition, path).Any(r => r.Data[field]?.ToString() == text)
            ? $"A {collection.Noun} named '{text}' already exists (body.{field}); choose another name."
            : null;
    }

    /// <summary>Puts the record in a transitional state until <c>now + delay</c>, when the state settles.</summary>
    private void StartTransition(StoredRecord record, CollectionModel collection, Func<StateNames, string?> transitional, bool isAsync, DateTimeOffset now)
    {
        if (collection.States is not { } states || !isAsync || transitional(states) is not { } interim)
        {
            return;
        }

        record.Data[states.Field] = interim;
        record.PendingState = (states.Field, states.Settled);
        record.DueAt = now + asyncDelay;
    }

    private void Delete(string partition, StoredRecord record, OperationBehaviour behaviour, DateTimeOffset now)
    {
        var collection = behaviour.Chain[^1].Collection;
        if (behaviour.IsAsync && collection.States is { Deleting: { } deleting } states)
        {
            record.Data[states.Field] = deleting;
            record.PendingState = null;
            record.RemoveWhenDue = true;
            record.DueAt = now + asyncDelay;
            return;
        }

        store.Remove(partition, record);
    }

    /// <summary>Merges body fields into a record; for sub-resource writes only the fields the resource schema declares.</summary>
    private void Merge(JsonObject data, JsonObject body, CollectionModel collection, ApiModel model, bool onlyDeclared)
    {
        var declared = SchemaSet.PropertiesOf(collection.ResourceSchema).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (name, value) in body)
        {
            if (ScpSecretFields.IsSecret(name) || name == "id" || name == collection.IdParameter || (onlyDeclared && !declared.ContainsKey(name)))
            {
                continue;
            }

            if (declared.TryGetValue(name, out var property) && !model.Schemas.Fits(value, property))
            {
                continue; // same name, different shape (e.g. paths as objects in a request, strings in the resource)
            }

            data[name] = value?.DeepClone();
        }

        foreach (var (name, property) in declared)
        {
            if ((name.Contains("modified", StringComparison.Ordinal) || name.Contains("updated", StringComparison.Ordinal)) && IsTimestampField(name, property))
            {
                data[name] = Timestamp(clock.GetUtcNow());
            }
        }

    }

    /// <summary><c>PUT {collection}/{id}/qos</c> also sets the record's <c>qos</c> object when the resource schema declares one.</summary>
    private static void MergeSubresourceField(JsonObject data, JsonObject sub, CollectionModel collection, ApiModel model, string subKey)
    {
        var field = subKey.Replace('-', '_');
        var property = SchemaSet.PropertiesOf(collection.ResourceSchema).FirstOrDefault(p => p.Key == field);
        if (property.Key is not null && SchemaSet.TypeOf(model.Schemas.Resolve(property.Value)) == "object")
        {
            if (data[field] is not JsonObject merged)
            {
                merged = [];
                data[field] = merged;
            }

            foreach (var (name, value) in sub)
            {
                merged[name] = value?.DeepClone();
            }
        }
    }

    private static bool IsTimestampField(string name, JsonElement property) =>
        ScpSchemaReader.Text(property, "format") == "date-time" ||
        name.EndsWith("_at", StringComparison.Ordinal) || name.EndsWith("_dt", StringComparison.Ordinal);
}
