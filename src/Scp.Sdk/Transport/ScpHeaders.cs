namespace Scp.Sdk.Transport;

/// <summary>Names and fixed values of the headers SCP expects on every request.</summary>
public static class ScpHeaders
{
    /// <summary>The access key header.</summary>
    public const string AccessKey = "Scp-Accesskey";

    /// <summary>The request time in epoch milliseconds.</summary>
    public const string Timestamp = "Scp-Timestamp";

    /// <summary>Base64 HMAC-SHA256 signature.</summary>
    public const string Signature = "Scp-Signature";

    /// <summary>The client type header; always <see cref="ClientTypeValue"/>.</summary>
    public const string ClientType = "Scp-ClientType";

    /// <summary>The account id header, sent only when an account id is set.</summary>
    public const string AccountId = "Scp-AccountId";

    /// <summary><c>&lt;product&gt; &lt;version&gt;</c>, e.g. <c>filestorage 1.1</c>.</summary>
    public const string ApiVersion = "Scp-Api-Version";

    /// <summary>The response language header.</summary>
    public const string AcceptLanguage = "Accept-Language";

    /// <summary>The value of <see cref="ClientType"/>, also the last part of the signed message.</summary>
    public const string ClientTypeValue = "Openapi";

    /// <summary>Every header the signer writes; removed before each attempt is signed again.</summary>
    public static IReadOnlyList<string> SignatureHeaders { get; } = [AccessKey, Timestamp, Signature, ClientType, AccountId];
}
