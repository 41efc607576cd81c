using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scp.Emulator.State;

/// <summary>Reads and writes the optional file mirror of the store (JSON, written atomically).</summary>
internal static class StoreFile
{
    public static void Save(string path, Dictionary<string, List<StoredRecord>> partitions, long sequence)
    {
        var root = new JsonObject { ["format"] = "scp-emulator-store/1", ["sequence"] = sequence };
        var parts = new JsonObject();
        foreach (var (key, records) in partitions)
        {
            var array = new JsonArray();
            foreach (var r in records)
            {
                var subs = new JsonObject();
                foreach (var (name, value) in r.Subresources)
                {
                    subs[name] = value.DeepClone();
                }

                array.Add((JsonNode)new JsonObject
                {
                    ["id"] = r.Id,
                    ["collection_key"] = r.CollectionKey,
                    ["collection_path"] = r.CollectionPath,
                    ["sequence"] = r.Sequence,
                    ["data"] = r.Data.DeepClone(),
                    ["subresources"] = subs,
                    ["pending_field"] = r.PendingState?.Field,
                    ["pending_value"] = r.PendingState?.Value,
                    ["remove_when_due"] = r.RemoveWhenDue,
                    ["due_at"] = r.DueAt?.ToString("O", CultureInfo.InvariantCulture),
                });
            }

            parts[key] = array;
        }

        root["partitions"] = parts;
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temporary, path, overwrite: true);
    }

    public static void Load(string path, Dictionary<string, List<StoredRecord>> partitions, out long sequence)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                   ?? throw new InvalidDataException($"Emulator store file '{path}' is not a JSON object; delete it to start empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Emulator store file '{path}' is not valid JSON (line {ex.LineNumber + 1}); delete it to start empty.", ex);
        }

        sequence = root["sequence"]?.GetValue<long>() ?? 0;
        foreach (var (key, value) in root["partitions"] as JsonObject ?? [])
        {
            var records = new List<StoredRecord>();
            foreach (var item in value as JsonArray ?? [])
            {
                if (item is not JsonObject o)
                {
                    continue;
                }

                var record = new StoredRecord
                {
                    Id = o["id"]!.GetValue<string>(),
                    CollectionKey = o["collection_key"]!.GetValue<string>(),
                    CollectionPath = o["collection_path"]!.GetValue<string>(),
                    Sequence = o["sequence"]?.GetValue<long>() ?? 0,
                    Data = o["data"]?.DeepClone() as JsonObject ?? [],
                    RemoveWhenDue = o["remove_when_due"]?.GetValue<bool>() ?? false,
                    DueAt = o["due_at"] is JsonValue due ? DateTimeOffset.Parse(due.GetValue<string>(), CultureInfo.InvariantCulture) : null,
                };
                if (o["pending_field"] is JsonValue field && o["pending_value"] is JsonValue pendingValue)
                {
                    record.PendingState = (field.GetValue<string>(), pendingValue.GetValue<string>());
                }

                foreach (var (name, sub) in o["subresources"] as JsonObject ?? [])
                {
                    if (sub is JsonObject subObject)
                    {
                        record.Subresources[name] = (JsonObject)subObject.DeepClone();
                    }
                }

                records.Add(record);
            }

            partitions[key] = records;
        }
    }
}
