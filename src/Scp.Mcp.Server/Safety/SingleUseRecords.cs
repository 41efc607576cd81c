namespace Scp.Mcp.Server.Safety;

/// <summary>Chooses the single-use record: Redis when <c>--redis</c> or <c>SCP_MCP_REDIS</c> is set, else memory.</summary>
internal static class SingleUseRecords
{
    public static ISingleUseRecord Create(string? redis, TimeProvider time)
    {
        if (RedisConnection(redis) is not { } connection)
        {
            return new MemorySingleUseRecord(time);
        }

        // The stdio build carries no Redis client: the shared record only matters for replicas of the HTTP server.
        return ServerFeatures.HttpTransport
            ? RedisSingleUseRecord.Connect(connection, time)
            : throw new ArgumentException(UnavailableMessage);
    }

    /// <summary>Why the stdio build refuses <c>--redis</c> / <c>SCP_MCP_REDIS</c>, and the fix.</summary>
    public static string UnavailableMessage =>
        $"--redis (or {RedisSingleUseRecord.EnvironmentVariable}) shares confirm tokens between replicas of the HTTP server, and {ServerFeatures.StdioBuildFix}; a single stdio server keeps them in memory, so unset it.";

    /// <summary>The Redis connection string from <c>--redis</c>, else <c>SCP_MCP_REDIS</c>; null when neither is set.</summary>
    public static string? RedisConnection(string? redis)
    {
        var connection = redis ?? Environment.GetEnvironmentVariable(RedisSingleUseRecord.EnvironmentVariable);
        return string.IsNullOrWhiteSpace(connection) ? null : connection;
    }
}
