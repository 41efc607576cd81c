using StackExchange.Redis;

namespace Scp.Mcp.Server.Safety;

/// <summary>
/// The single-use record shared by every replica: <c>SET scp-mcp:used:&lt;id&gt; 1 NX PX &lt;ms until expiry&gt;</c>.
/// The first replica to set the key wins; Redis forgets the id when the token would have expired anyway. When Redis
/// cannot be reached the use is not recorded and <see cref="SingleUseRecordUnavailableException"/> is thrown, so the
/// caller refuses rather than risk running a confirmed call twice.
/// </summary>
internal sealed class RedisSingleUseRecord : ISingleUseRecord, IAsyncDisposable
{
    /// <summary>Environment variable that holds the Redis connection string.</summary>
    public const string EnvironmentVariable = "SCP_MCP_REDIS";

    private const string KeyPrefix = "scp-mcp:used:";
    private readonly ConnectionMultiplexer _redis;
    private readonly TimeProvider _time;
    private readonly string _endpoint;

    private RedisSingleUseRecord(ConnectionMultiplexer redis, TimeProvider time, string endpoint)
    {
        _redis = redis;
        _time = time;
        _endpoint = endpoint;
    }

    /// <summary>
    /// Connects to <paramref name="connection"/> (StackExchange.Redis syntax, e.g. <c>127.0.0.1:6379,password=…</c>).
    /// Start-up does not wait for Redis: a server started while Redis is down refuses confirmations until it is back.
    /// </summary>
    public static RedisSingleUseRecord Connect(string connection, TimeProvider time)
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(connection);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"--redis (or {EnvironmentVariable}) is not a Redis connection string such as 127.0.0.1:6379: {ex.Message}", ex);
        }

        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 3000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 3000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 3000);
        options.ClientName ??= "scp-mcp";
        var endpoint = string.Join(",", options.EndPoints.Select(e => e.ToString()));
        return new RedisSingleUseRecord(ConnectionMultiplexer.Connect(options), time, endpoint);
    }

    public async Task<bool> TryUseAsync(string id, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var ttl = expiresAt - _time.GetUtcNow();
        if (ttl < TimeSpan.FromSeconds(1))
        {
            ttl = TimeSpan.FromSeconds(1);
        }

        try
        {
            return await _redis.GetDatabase().StringSetAsync(KeyPrefix + id, "1", ttl, When.NotExists).WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new SingleUseRecordUnavailableException(
                $"the single-use record in Redis ({_endpoint}) could not be reached ({ex.GetType().Name})", ex);
        }
    }

    /// <summary>Null when Redis answers a PING; otherwise a short reason without address or credentials (it is shown on <c>/readyz</c>).</summary>
    public async Task<string?> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return $"Redis does not answer ({ex.GetType().Name}); confirmed destructive calls are refused until it does";
        }
    }

    public async ValueTask DisposeAsync() => await _redis.DisposeAsync();
}
