using Scp.Mcp.Server.Safety;

namespace Scp.Mcp.Server.Hosting;

/// <summary>
/// With <c>--redis</c> (or <c>SCP_MCP_REDIS</c>): ready only while Redis answers, since without it no confirmed
/// destructive call can run (its single use could not be recorded). Registered only when Redis is configured.
/// </summary>
internal sealed class RedisReadinessCheck(ISingleUseRecord record) : IReadinessCheck
{
    public string Name => "redis";

    public Task<string?> CheckAsync(CancellationToken cancellationToken)
        => record is RedisSingleUseRecord redis
            ? redis.PingAsync(cancellationToken)
            : Task.FromResult<string?>("the single-use record is not Redis although --redis is set");
}
