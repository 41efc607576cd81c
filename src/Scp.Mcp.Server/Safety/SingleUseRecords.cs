namespace Scp.Mcp.Server.Safety;

/// <summary>Chooses the single-use record: Redis when <c>--redis</c> or <c>SCP_MCP_REDIS</c> is set, else memory.</summary>
internal static class SingleUseRecords
{
    public static ISingleUseRecord Create(string? redis, TimeProvider time)
    {
        var connection = redis ?? Environment.GetEnvironmentVariable(RedisSingleUseRecord.EnvironmentVariable);
        return string.IsNullOrWhiteSpace(connection)
            ? new MemorySingleUseRecord(time)
            : RedisSingleUseRecord.Connect(connection, time);
    }
}
