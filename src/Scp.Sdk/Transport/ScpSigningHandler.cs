using Scp.Sdk.Configuration;

namespace Scp.Sdk.Transport;

/// <summary>
/// Signs every attempt of a request: removes earlier signature headers and signs again with the current time,
/// so a retry placed outside this handler is re-signed with a fresh timestamp.
/// </summary>
public sealed class ScpSigningHandler : DelegatingHandler
{
    private readonly Func<ScpCredentials> _credentials;
    private readonly TimeProvider _clock;

    /// <summary>Creates a handler that asks <paramref name="credentials"/> for the key pair on every attempt.</summary>
    public ScpSigningHandler(Func<ScpCredentials> credentials, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(clock);
        _credentials = credentials;
        _clock = clock;
    }

    /// <summary>Creates a handler signing with the credentials of <paramref name="settings"/>.</summary>
    public ScpSigningHandler(ScpSettings settings, TimeProvider clock)
        : this(RequireSettings(settings).GetRequiredCredentials, clock)
    {
    }

    /// <inheritdoc/>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ScpSigner.Sign(request, _credentials(), _clock.GetUtcNow());
        return base.SendAsync(request, cancellationToken);
    }

    /// <inheritdoc/>
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ScpSigner.Sign(request, _credentials(), _clock.GetUtcNow());
        return base.Send(request, cancellationToken);
    }

    private static ScpSettings RequireSettings(ScpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings;
    }
}
