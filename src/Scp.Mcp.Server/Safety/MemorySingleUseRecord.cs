using System.Collections.Concurrent;

namespace Scp.Mcp.Server.Safety;

/// <summary>The single-use record of one process: enough for one server, not for replicas (use Redis there).</summary>
internal sealed class MemorySingleUseRecord(TimeProvider time) : ISingleUseRecord
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);

    public Task<bool> TryUseAsync(string id, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        Prune(time.GetUtcNow());
        return Task.FromResult(_used.TryAdd(id, expiresAt));
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (id, expiresAt) in _used)
        {
            if (expiresAt < now)
            {
                _used.TryRemove(id, out _);
            }
        }
    }
}
