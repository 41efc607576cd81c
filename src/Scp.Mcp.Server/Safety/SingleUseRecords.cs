namespace Scp.Mcp.Server.Safety;

/// <summary>Chooses the single-use record: Redis when <c>--redis</c> or <c>SCP_MCP_REDIS</c> is set, else memory.</summary>
internal static class SingleUseRecords
{
    public static ISingleUseRecord Create(string? redis, TimeProvider time)
        => RedisConnection(redis) is { } connection ? RedisSingleUseRecord.Connect(connection, time) : new MemorySingleUseRecord(time);

    /// <summary>The Redis connection string from <c>--redis</c>, else <c>SCP_MCP_REDIS</c>; null when neither is set.</summary>
    public static string? RedisConnection(string? redis)
    {
        var connection = redis ?? Environment.GetEnvironmentVariable(RedisSingleUseRecord.EnvironmentVariable);
        return string.IsNullOrWhiteSpace(connection) ? null : connection;
    }
}
