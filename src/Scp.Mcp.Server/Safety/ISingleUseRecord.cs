namespace Scp.Mcp.Server.Safety;

/// <summary>
/// Remembers which single-use ids (confirm tokens) were already used, so each is accepted once. In memory for one
/// process (<see cref="MemorySingleUseRecord"/>), or in Redis shared by every replica (<see cref="RedisSingleUseRecord"/>,
/// chosen by <c>--redis</c> / <c>SCP_MCP_REDIS</c>).
/// </summary>
internal interface ISingleUseRecord
{
    /// <summary>
    /// Records <paramref name="id"/> as used until <paramref name="expiresAt"/>; true the first time, false when it was
    /// already used (by this process or, with Redis, by any replica).
    /// </summary>
    /// <exception cref="SingleUseRecordUnavailableException">The record cannot be reached; the caller must refuse (fail closed).</exception>
    Task<bool> TryUseAsync(string id, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
