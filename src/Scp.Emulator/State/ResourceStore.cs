using System.Text.Json.Nodes;

namespace Scp.Emulator.State;

/// <summary>
/// Records per partition (product and account), in memory, optionally mirrored to a JSON file so a demo
/// survives a restart. Not thread-safe by itself: callers hold <see cref="Sync"/> around each request.
/// </summary>
internal sealed class ResourceStore
{
    private readonly Dictionary<string, List<StoredRecord>> _partitions = new(StringComparer.Ordinal);
    private readonly string? _filePath;
    private long _sequence;

    public ResourceStore(string? filePath)
    {
        _filePath = filePath is null ? null : Path.GetFullPath(filePath);
        if (_filePath is not null && File.Exists(_filePath))
        {
            StoreFile.Load(_filePath, _partitions, out _sequence);
        }
    }

    public Lock Sync { get; } = new();

    public long NextSequence() => ++_sequence;

    public static string PartitionKey(string product, string accountId) => product + "|" + accountId;

    public void Add(string partition, StoredRecord record) => Records(partition).Add(record);

    public StoredRecord? Find(string partition, string collectionPath, string id) =>
        Records(partition).FirstOrDefault(r => r.Id == id && r.CollectionPath == collectionPath);

    public IEnumerable<StoredRecord> InCollection(string partition, string collectionPath) =>
        Records(partition).Where(r => r.CollectionPath == collectionPath).OrderBy(r => r.Sequence);

    public IEnumerable<StoredRecord> WithKey(string partition, string collectionKey) =>
        Records(partition).Where(r => r.CollectionKey == collectionKey).OrderBy(r => r.Sequence);

    /// <summary>Removes a record and every record nested under it.</summary>
    public void Remove(string partition, StoredRecord record)
    {
        var prefix = record.ItemPath + "/";
        Records(partition).RemoveAll(r => ReferenceEquals(r, record) || r.CollectionPath.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>Applies every state transition that is due.</summary>
    public void Settle(string partition, DateTimeOffset now)
    {
        foreach (var record in Records(partition).Where(r => r.DueAt <= now).ToList())
        {
            if (record.RemoveWhenDue)
            {
                Remove(partition, record);
                continue;
            }

            if (record.PendingState is { } pending)
            {
                record.Data[pending.Field] = pending.Value;
            }

            record.PendingState = null;
            record.DueAt = null;
        }
    }

    /// <summary>Writes the file mirror, when configured.</summary>
    public void Persist()
    {
        if (_filePath is not null)
        {
            StoreFile.Save(_filePath, _partitions, _sequence);
        }
    }

    private List<StoredRecord> Records(string partition)
    {
        if (!_partitions.TryGetValue(partition, out var records))
        {
            records = [];
            _partitions[partition] = records;
        }

        return records;
    }
}
